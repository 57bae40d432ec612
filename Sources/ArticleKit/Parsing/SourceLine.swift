/// One non-blank input line, trimmed, with its place among blank-separated blocks.
struct SourceLine {
    /// The line without surrounding whitespace.
    var text: Substring
    /// Index of the block (run of non-blank lines between blank lines) it belongs to.
    var block: Int
    /// Display columns; lines over ``longLineBytes`` bytes are not measured and count as ``long``.
    var width: Int

    /// Lines longer than this (in UTF-8 bytes) are never titles, headings or sources.
    static let longLineBytes = 1_024
    /// The width given to lines too long to be worth measuring.
    static let long = 100_000

    init(text: Substring, block: Int) {
        self.text = text
        self.block = block
        self.width = text.utf8.count > Self.longLineBytes ? Self.long : DisplayWidth.of(text)
    }

    /// A line whose width is already known (printable ASCII: its byte count).
    init(text: Substring, block: Int, width: Int) {
        self.text = text
        self.block = block
        self.width = width > Self.longLineBytes ? Self.long : width
    }

    /// Whether this line is short enough for the rules that look at words.
    var isShort: Bool { width <= 160 }
}
