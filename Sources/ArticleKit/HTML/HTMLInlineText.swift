/// Builds one block's text from HTML text nodes the way a browser lays it
/// out: runs of white space become one space, none at the start or end,
/// and inline styles become spans over the result.
///
/// Control characters (other than white space) and soft hyphens are dropped.
struct HTMLInlineText {
    /// The text so far, as UTF-8 (a byte array grows faster than a string one scalar at a time).
    private var utf8: [UInt8] = []
    /// Scalars written so far.
    private(set) var count = 0
    /// Whether white space came after the last character (written only if more text follows).
    private var pendingSpace = false
    /// Closed spans.
    private(set) var spans: [InlineSpan] = []
    /// Open spans: a token, their start and style.
    private var open: [(token: Int, start: Int, style: InlineStyle)] = []
    /// The next token handed out by ``openSpan(_:)``.
    private var nextToken = 0
    /// Whether a `<br>` came since the last character.
    private(set) var afterBreak = false

    /// Whether no character has been written.
    var isEmpty: Bool { count == 0 }

    /// Appends text, collapsing white space.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if WhiteSpace.contains(value) || value == 0x200B {
                pendingSpace = true
                continue
            }
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD || value == 0xFEFF { continue }
            if pendingSpace, count > 0 {
                utf8.append(0x20)
                count += 1
            }
            pendingSpace = false
            afterBreak = false
            write(scalar)
        }
    }

    /// Appends text exactly as given (for code), dropping only control characters other than tab and newline.
    mutating func appendPreformatted(_ text: String) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0D { continue }
            if (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value) { continue }
            write(scalar)
        }
    }

    /// Appends one scalar's UTF-8 bytes.
    private mutating func write(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            utf8.append(UInt8(scalar.value))
        } else {
            utf8.append(contentsOf: scalar.utf8)
        }
        count += 1
    }

    /// Notes a `<br>`: a space for now (two in a row end the paragraph; the caller checks ``afterBreak``).
    mutating func lineBreak() {
        pendingSpace = true
        afterBreak = true
    }

    /// Starts a style at the next character; returns a token for ``closeSpan(_:)``.
    mutating func openSpan(_ style: InlineStyle) -> Int {
        nextToken += 1
        open.append((nextToken, count + (pendingSpace && count > 0 ? 1 : 0), style))
        return nextToken
    }

    /// Ends the style opened with `token` (nothing if the block was taken in between and it is gone).
    mutating func closeSpan(_ token: Int) {
        guard let place = open.lastIndex(where: { $0.token == token }) else { return }
        let span = open.remove(at: place)
        if span.start < count { spans.append(InlineSpan(start: span.start, end: count, style: span.style)) }
    }

    /// The text and spans so far (spans still open end here and go on in the next block), and a fresh start.
    mutating func take() -> (text: String, spans: [InlineSpan])? {
        for span in open where span.start < count {
            spans.append(InlineSpan(start: span.start, end: count, style: span.style))
        }
        let text = String(decoding: utf8, as: UTF8.self)
        let result = spans.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        let wasEmpty = count == 0
        let stillOpen = open.map { (token: $0.token, start: 0, style: $0.style) }
        let token = nextToken
        self = HTMLInlineText()
        open = stillOpen
        nextToken = token
        return wasEmpty ? nil : (text, result)
    }
}
