import ArticleKit

/// One wrapped line of a pane's body and where its text came from.
public struct BodyLine: Equatable, Sendable {
    /// The text to draw after the prefix (together no wider than the layout width).
    public var text: String
    /// The paragraph this line belongs to, or `nil` for the blank line between paragraphs.
    public var paragraph: Int?
    /// Offset (Unicode scalars) of the line's first character within its paragraph.
    public var start: Int
    /// Offset just past the line's last character within its paragraph.
    public var end: Int
    /// What is drawn before the text: a list marker or its hanging indent, a quote bar.
    public var prefix: String = ""
    /// Scalar ranges of `text` that are not paragraph text (link numbers such as "[3]").
    public var inserted: [Range<Int>] = []
    /// Whether the line was cut at the right edge (a code line too long to show whole).
    public var cut: Bool = false

    /// Creates a body line.
    public init(text: String, paragraph: Int?, start: Int, end: Int, prefix: String = "", inserted: [Range<Int>] = [], cut: Bool = false) {
        self.text = text
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.prefix = prefix
        self.inserted = inserted
        self.cut = cut
    }
}

/// A pane wrapped to one width: heading lines and body lines.
///
/// Computed once per pane and width, then kept in the state: keys that only
/// scroll never wrap text again.
public struct PaneLayout: Equatable, Sendable {
    /// The width the text was wrapped to.
    public let width: Int
    /// The heading, wrapped.
    public let headingLines: [String]
    /// The paragraphs, wrapped, with a blank line between paragraphs.
    public let bodyLines: [BodyLine]
    /// For each paragraph, the index of its first body line.
    public let paragraphStarts: [Int]
    /// Sentences and words of each paragraph, for the reading cursor and selections
    /// (computed with the layout, so only for the pane on screen).
    public let segments: [ParagraphSegments]

    /// Wraps `pane` to `width` columns.
    public init(pane: Pane, width: Int) {
        let width = max(1, width)
        self.width = width
        self.headingLines = pane.heading.isEmpty ? [] : TextWrapper.wrap(pane.heading, width: width).map(\.text)
        var lines: [BodyLine] = []
        var starts: [Int] = []
        var table = TableColumns(widths: [])
        for (index, paragraph) in pane.paragraphs.enumerated() {
            let look = pane.look(index)
            if look.kind == .tableRow, index == 0 || pane.look(index - 1).kind != .tableRow {
                table = TableColumns(pane: pane, from: index)
            }
            // Consecutive list items and table rows sit together, without a blank line.
            let joins = index > 0 && Self.joinsPrevious(look.kind, pane.look(index - 1).kind)
            if index > 0 && !joins { lines.append(BodyLine(text: "", paragraph: nil, start: 0, end: 0)) }
            starts.append(lines.count)
            if look.isPlain {
                for piece in TextWrapper.wrap(paragraph, width: width) {
                    lines.append(BodyLine(text: piece.text, paragraph: index, start: piece.start, end: piece.end))
                }
            } else if look.kind == .tableRow, let line = table.line(paragraph, look: look, paragraph: index, width: width) {
                lines.append(line)
            } else {
                lines += RichLines.lines(of: paragraph, look: look, paragraph: index, width: width)
            }
        }
        self.bodyLines = lines
        self.paragraphStarts = starts
        self.segments = pane.paragraphs.map(ParagraphSegments.init)
    }

    /// Whether a paragraph of `kind` follows one of `previous` with no blank line between.
    static func joinsPrevious(_ kind: BlockKind, _ previous: BlockKind) -> Bool {
        (kind == .listItem && previous == .listItem) || (kind == .tableRow && previous == .tableRow)
            || (kind == .caption && previous == .image)
    }

    /// Where a body line sits in the text: its paragraph and offset, for keeping
    /// the place across a resize.
    public func place(ofLine line: Int) -> TextPlace {
        guard !bodyLines.isEmpty else { return TextPlace(paragraph: 0, offset: 0) }
        let clamped = min(max(0, line), bodyLines.count - 1)
        let body = bodyLines[clamped]
        if let paragraph = body.paragraph { return TextPlace(paragraph: paragraph, offset: body.start) }
        // A blank separator: the place is the start of the next paragraph.
        let next = bodyLines[(clamped + 1)...].first { $0.paragraph != nil }
        return TextPlace(paragraph: next?.paragraph ?? 0, offset: 0)
    }

    /// The body line that shows `place` (binary search: a paragraph can have many lines).
    public func line(of place: TextPlace) -> Int {
        guard place.paragraph < paragraphStarts.count else { return max(0, bodyLines.count - 1) }
        let first = paragraphStarts[place.paragraph]
        let end = place.paragraph + 1 < paragraphStarts.count ? paragraphStarts[place.paragraph + 1] : bodyLines.count
        // The last line of the paragraph that starts at or before the offset.
        var low = first, high = end - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if bodyLines[middle].paragraph == place.paragraph, bodyLines[middle].start <= place.offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}

/// A place in a pane's text: a paragraph and an offset (Unicode scalars) in it.
public struct TextPlace: Equatable, Sendable {
    public var paragraph: Int
    public var offset: Int

    /// Creates a place.
    public init(paragraph: Int, offset: Int) {
        self.paragraph = paragraph
        self.offset = offset
    }
}
