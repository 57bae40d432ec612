import ArticleKit

/// One cell of the screen: a character (or the right half of a wide one) and its style.
///
/// Eight bytes with nothing to reference-count: a character of one scalar
/// (nearly all of them) is kept as its value, a character of several scalars
/// (a letter with a combining accent, an emoji sequence) as its place in its
/// screen's ``Screen/clusters``. Copying and comparing cells is copying and
/// comparing integers; ask the screen for the character (``Screen/character(of:)``).
public struct Cell: Equatable, Sendable {
    /// The scalar value, or ``clusterBit`` plus the index of a cluster of the screen.
    public internal(set) var code: UInt32
    /// The style of the cell.
    public var style: Style
    /// True for the second column of a two-column character.
    public var isContinuation: Bool

    /// Marks a code that is an index into the screen's clusters (no scalar has this bit).
    static let clusterBit: UInt32 = 0x8000_0000

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(code: 0x20, style: style, isContinuation: false)
    }

    /// Whether the character has several scalars and lives in the screen's clusters.
    public var isCluster: Bool { code & Self.clusterBit != 0 }
}

/// A grid of cells the size of the terminal: what the reader wants on screen.
///
/// Widgets draw into it and never touch the terminal, so tests compare screens
/// as values and only the terminal layer turns one into output.
public struct Screen: Equatable, Sendable {
    public let size: ScreenSize
    public private(set) var cells: [Cell]
    /// The characters of several scalars that cells refer to, in order of drawing.
    public private(set) var clusters: [String] = []

    /// A blank screen of `size`.
    public init(size: ScreenSize) {
        self.size = size
        self.cells = Array(repeating: .blank(), count: size.width * size.height)
    }

    /// The character `cell` (a cell of this screen) shows.
    public func character(of cell: Cell) -> Character {
        if cell.isCluster { return Character(clusters[Int(cell.code & ~Cell.clusterBit)]) }
        return Character(Unicode.Scalar(cell.code) ?? " ")
    }

    /// Whether cell `index` shows the same as cell `index` of `other` (a screen of the same size).
    public func cellMatches(_ index: Int, in other: Screen) -> Bool {
        let mine = cells[index], theirs = other.cells[index]
        guard mine.style == theirs.style, mine.isContinuation == theirs.isContinuation else { return false }
        if mine.isCluster || theirs.isCluster { return character(of: mine) == other.character(of: theirs) }
        return mine.code == theirs.code
    }

    /// Screens are equal when they are the same size and every cell shows the same.
    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        guard lhs.size == rhs.size else { return false }
        for index in lhs.cells.indices where !lhs.cellMatches(index, in: rhs) { return false }
        return true
    }

    /// The code of `character` in this screen, adding it to the clusters when it has several scalars.
    private mutating func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        clusters.append(String(character))
        return Cell.clusterBit | UInt32(clusters.count - 1)
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
        if let used = putASCII(text, row: row, column: column, limit: limit, style: style) { return used }
        if SingleScalarClusters.holdsOnly(text) {
            // Every scalar is a character of its own: no grapheme breaking needed.
            for scalar in text.unicodeScalars {
                let width = DisplayWidth.of(scalar)
                if width == 0 { continue }
                if x + width > limit {
                    if x < limit { cells[row * size.width + x] = .blank(style); x += 1 }
                    break
                }
                cells[row * size.width + x] = Cell(code: scalar.value, style: style, isContinuation: false)
                if width == 2 {
                    cells[row * size.width + x + 1] = Cell(code: 0x20, style: style, isContinuation: true)
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
            let code = code(of: character)
            cells[row * size.width + x] = Cell(code: code, style: style, isContinuation: false)
            if width == 2 {
                cells[row * size.width + x + 1] = Cell(code: 0x20, style: style, isContinuation: true)
            }
            x += width
        }
        return x - column
    }

    /// ``put(_:row:column:maxWidth:style:)`` for text of printable ASCII, byte by
    /// byte (each byte one cell); `nil`, with nothing drawn, for any other text.
    private mutating func putASCII(_ text: some StringProtocol, row: Int, column: Int, limit: Int, style: Style) -> Int? {
        let width = size.width
        return cells.withUnsafeMutableBufferPointer { cells -> Int? in
            text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
                for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
                let count = max(0, min(bytes.count, limit - column))
                let base = row * width + column
                for index in 0..<count {
                    cells[base + index] = Cell(code: UInt32(bytes[index]), style: style, isContinuation: false)
                }
                return count
            } ?? nil
        }
    }

    /// The text of each row, continuation cells left out, so each row is as wide as the screen.
    public var textRows: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width where !self[row, column].isContinuation {
                line.append(character(of: self[row, column]))
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
