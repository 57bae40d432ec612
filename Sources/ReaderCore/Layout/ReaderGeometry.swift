/// Where each part of the reader goes on a screen of a given size.
public struct ReaderGeometry: Equatable, Sendable {
    /// The smallest size the reader draws; below it the screen says "terminal too small".
    public static let minimum = ScreenSize(width: 20, height: 6)
    /// From this width on, the outline sits beside the text.
    public static let sideOutlineWidth = 80
    /// The widest the text gets by default: long lines are hard to read (`width` in the config).
    public static let readingMeasure = 78

    public let size: ScreenSize
    /// True when the screen is below ``minimum``.
    public let tooSmall: Bool
    /// True when the outline is a column beside the text; false for the compact bar.
    public let sideOutline: Bool
    /// Columns of the outline column (0 with the compact bar).
    public let outlineWidth: Int
    /// First column of the text.
    public let textX: Int
    /// Columns available to the text.
    public let textWidth: Int
    /// First row of the text area (heading included).
    public let textTop: Int
    /// Rows of the text area (heading included), down to the status line.
    public let textHeight: Int

    /// Computes the geometry for `size`, the text at most `measure` columns wide.
    public init(size: ScreenSize, measure: Int = ReaderGeometry.readingMeasure) {
        self.size = size
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        sideOutline = size.width >= Self.sideOutlineWidth
        if sideOutline {
            outlineWidth = min(36, size.width * 3 / 10)
            textX = outlineWidth + 2
            textTop = 1
        } else {
            outlineWidth = 0
            textX = 1
            textTop = 2
        }
        textWidth = max(1, min(max(20, measure), size.width - textX - 1))
        textHeight = max(1, size.height - 1 - textTop)
    }

    /// How many rows the heading gets when it wraps to `lines` lines.
    public func headingRows(for lines: Int) -> Int {
        min(lines, max(1, textHeight / 3))
    }

    /// Whether a blank row separates the heading from the body.
    public func headingGap(for lines: Int) -> Int {
        lines > 0 && textHeight >= 5 ? 1 : 0
    }

    /// Rows left for the body under a heading of `lines` lines.
    public func bodyRows(headingLines lines: Int) -> Int {
        max(1, textHeight - headingRows(for: lines) - headingGap(for: lines))
    }
}
