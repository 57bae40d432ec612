/// The text of one block as the Markdown walk gathers it, with its inline
/// spans in Unicode-scalar offsets.
///
/// Styles open and close in tree order (an emphasis node's enter and exit
/// events), so the open ones are a stack; a span that covers no text is
/// dropped.
struct MarkdownInlineText {
    /// The text so far.
    private(set) var text = ""
    /// The number of Unicode scalars in ``text``.
    private(set) var scalarCount = 0
    /// Closed spans, in the order they closed, each with the order it opened in.
    private var spans: [(span: InlineSpan, order: Int)] = []
    /// Styles opened and not closed yet, with the offset and order each opened at.
    private var open: [(style: InlineStyle, start: Int, order: Int)] = []
    /// How many styles have opened.
    private var opened = 0

    /// Whether nothing has been gathered.
    var isEmpty: Bool { scalarCount == 0 }

    /// The length of ``text`` in UTF-8 bytes (a cut point for ``text(fromUTF8:)``).
    var utf8Count: Int { text.utf8.count }

    /// Appends `piece` to the text.
    mutating func append(_ piece: String) {
        guard !piece.isEmpty else { return }
        text += piece
        scalarCount += piece.unicodeScalars.count
    }

    /// Starts a span of `style` at the current end of the text.
    mutating func open(_ style: InlineStyle) {
        open.append((style, scalarCount, opened))
        opened += 1
    }

    /// Ends the innermost open span at the current end of the text.
    mutating func close() {
        guard let last = open.popLast() else { return }
        if last.start < scalarCount {
            spans.append((InlineSpan(start: last.start, end: scalarCount, style: last.style), last.order))
        }
    }

    /// The text from UTF-8 offset `offset` (an earlier ``utf8Count``) to the end.
    func text(fromUTF8 offset: Int) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
        return String(text[start...])
    }

    /// Whether the text holds only white space.
    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    /// Returns the text and its spans (sorted by start, outer spans first) and starts over.
    mutating func take() -> (text: String, spans: [InlineSpan]) {
        while !open.isEmpty { close() }
        spans.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.order < $1.order }
        let result = (text, spans.map(\.span))
        self = MarkdownInlineText()
        return result
    }
}
