import ArticleKit

/// One cell of the screen: a character (or the right half of a wide one) and its style.
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn here; ignored when `isContinuation` is true.
    public var character: Character
    /// The style of the cell.
    public var style: Style
    /// True for the second column of a two-column character.
    public var isContinuation: Bool

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(character: " ", style: style, isContinuation: false)
    }
}

/// A grid of cells the size of the terminal: what the reader wants on screen.
///
/// Widgets draw into it and never touch the terminal, so tests compare screens
/// as values and only the terminal layer turns one into output.
public struct Screen: Equatable, Sendable {
    public let size: ScreenSize
    public private(set) var cells: [Cell]

    /// A blank screen of `size`.
    public init(size: ScreenSize) {
        self.size = size
        self.cells = Array(repeating: .blank(), count: size.width * size.height)
    }

    /// The cell at `row`, `column`.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.width + column]
    }

    /// Paints `style` over columns `from..<to` of `row`, keeping the characters.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
        guard row >= 0, row < size.height else { return }
        let end = min(to ?? size.width, size.width)
        var column = max(0, from)
        while column < end {
            cells[row * size.width + column].style = style
            column += 1
        }
    }

    /// Writes `text` at `row`, `column`, clipped to `maxWidth` columns; returns the columns used.
    ///
    /// Widths are display columns. A two-column character that does not fit
    /// is replaced by a space, and zero-width characters join the previous cell.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard row >= 0, row < size.height, column >= 0, column < size.width else { return 0 }
        let limit = min(column + (maxWidth ?? size.width), size.width)
        var x = column
        if SingleScalarClusters.holdsOnly(text) {
            // Every scalar is a character of its own: no grapheme breaking needed.
            for scalar in text.unicodeScalars {
                let width = DisplayWidth.of(scalar)
                if width == 0 { continue }
                if x + width > limit {
                    if x < limit { cells[row * size.width + x] = .blank(style); x += 1 }
                    break
                }
                cells[row * size.width + x] = Cell(character: Character(scalar), style: style, isContinuation: false)
                if width == 2 {
                    cells[row * size.width + x + 1] = Cell(character: " ", style: style, isContinuation: true)
                }
                x += width
            }
            return x - column
        }
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > limit {
                if x < limit { cells[row * size.width + x] = .blank(style); x += 1 }
                break
            }
            cells[row * size.width + x] = Cell(character: character, style: style, isContinuation: false)
            if width == 2 {
                cells[row * size.width + x + 1] = Cell(character: " ", style: style, isContinuation: true)
            }
            x += width
        }
        return x - column
    }

    /// The text of each row, continuation cells left out, so each row is as wide as the screen.
    public var textRows: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width where !self[row, column].isContinuation {
                line.append(self[row, column].character)
            }
            return line
        }
    }

    /// Runs of cells that are not `.normal`, one line each: "row 3 cols 0-99 titleBar".
    public var styledRuns: [String] {
        var runs: [String] = []
        for row in 0..<size.height {
            var column = 0
            while column < size.width {
                let style = self[row, column].style
                var end = column
                while end + 1 < size.width, self[row, end + 1].style == style { end += 1 }
                if style != .normal { runs.append("row \(row) cols \(column)-\(end) \(style.rawValue)") }
                column = end + 1
            }
        }
        return runs
    }
}
