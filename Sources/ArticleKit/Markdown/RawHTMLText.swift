/// The readable text of raw HTML found in Markdown, with every tag dropped.
///
/// Folio is a terminal reader, so raw HTML is neither rendered nor shown as
/// source: an HTML block keeps only its text (tags removed, the contents of
/// `script`, `style`, `template`, comments, `<?…?>` and `<![CDATA[…]]>`
/// dropped, the common entities decoded, white space collapsed), and inline
/// HTML tags are dropped while the Markdown text between them stays. Nothing
/// executable or hidden reaches a block; attributes (an `<a href>`, an
/// `<img alt>`) are not read.
enum RawHTMLText {
    /// Elements whose whole content is dropped.
    private static let hiddenElements = ["script", "style", "template", "noscript"]
    /// Elements that separate words, so "<p>a</p><p>b</p>" reads "a b".
    private static let breakingElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "td", "th", "tr", "ul",
    ]

    /// The text of an HTML block: tags removed, white space collapsed, trimmed.
    static func text(ofBlock html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var raw = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = skipMarkup(scalars, at: index, into: &raw) {
                index = end
            } else if scalar == "&", let (decoded, end) = entity(scalars, at: index) {
                raw.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                raw.append(scalar)
                index += 1
            }
        }
        return collapsingWhiteSpace(String(raw))
    }

    /// Skips the markup that starts at `start` (a "<"), appending a space for a
    /// breaking element; the index after it, or `nil` when "<" starts no markup.
    private static func skipMarkup(_ scalars: [Unicode.Scalar], at start: Int,
                                   into out: inout String.UnicodeScalarView) -> Int? {
        guard start + 1 < scalars.count else { return nil }
        let next = scalars[start + 1]
        if hasPrefix(scalars, at: start, "<!--") { return find(scalars, "-->", from: start + 4) }
        if hasPrefix(scalars, at: start, "<![CDATA[") { return find(scalars, "]]>", from: start + 9) }
        if next == "?" { return find(scalars, "?>", from: start + 2) }
        guard next.isASCIILetter || next == "/" || next == "!" else { return nil }
        var nameEnd = start + 1 + (next == "/" ? 1 : 0)
        var name = ""
        while nameEnd < scalars.count, scalars[nameEnd].isASCIILetter || ("0"..."9").contains(scalars[nameEnd]) {
            name.unicodeScalars.append(scalars[nameEnd])
            nameEnd += 1
        }
        name = name.lowercased()
        var end = tagEnd(scalars, from: nameEnd)
        if next != "/", hiddenElements.contains(name) {
            end = closingTagEnd(scalars, name: name, from: end)
        }
        if breakingElements.contains(name) || hiddenElements.contains(name) { out.append(" ") }
        return end
    }

    /// The index after the ">" that ends a tag, skipping quoted attribute values.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index + 1
            }
            index += 1
        }
        return scalars.count
    }

    /// The index after `</name>` (case-insensitive), or the end of the input.
    private static func closingTagEnd(_ scalars: [Unicode.Scalar], name: String, from start: Int) -> Int {
        let closer = Array(("</" + name).unicodeScalars)
        var index = start
        while index + closer.count <= scalars.count {
            if scalars[index] == "<", zip(closer, scalars[index...]).allSatisfy({ $0 == lower($1) }) {
                return tagEnd(scalars, from: index + closer.count)
            }
            index += 1
        }
        return scalars.count
    }

    /// A decoded character reference at `start` (an "&") and the index after it.
    private static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";" { end += 1 }
        guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        if let value = named[name] { return (value, end + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
        return (String(Character(scalar)), end + 1)
    }

    /// Whether `scalars` holds `prefix` at `start`.
    private static func hasPrefix(_ scalars: [Unicode.Scalar], at start: Int, _ prefix: String) -> Bool {
        var index = start
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// The index after the first `needle` at or after `start`, or the end of the input.
    private static func find(_ scalars: [Unicode.Scalar], _ needle: String, from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            if hasPrefix(scalars, at: index, needle) { return index + needle.unicodeScalars.count }
            index += 1
        }
        return scalars.count
    }

    /// `scalar` in lower case, for ASCII letters.
    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// `text` with each run of white space made one space, and no space at either end.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Unicode.Scalar {
    /// Whether this is an ASCII letter.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
