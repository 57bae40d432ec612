/// Finds the http and https URLs written in plain text, as link spans.
///
/// A URL starts at `http://` or `https://` (any case) that does not follow a
/// letter or digit, and runs to a space, a control character, `<`, `>`, `"`
/// or a non-ASCII character; trailing sentence punctuation (`.,;:!?'`) and a
/// closing bracket with no opening one inside the URL are left out, as
/// terminals and mail readers do.
public enum TextLinks {
    /// The link spans of `text`, in scalar offsets.
    public static func spans(in text: String) -> [InlineSpan] {
        var text = text
        return text.withUTF8 { spans(in: $0) }
    }

    /// The link spans of UTF-8 `bytes`, in scalar offsets.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        var index = 0
        var scalarsBefore = 0
        var counted = 0
        let count = bytes.count
        while index + 7 < count {
            guard bytes[index] | 0x20 == UInt8(ascii: "h"), let schemeEnd = schemeEnd(bytes, at: index) else {
                index += 1
                continue
            }
            if index > 0, isWordByte(bytes[index - 1]) { index += 1; continue }
            var end = schemeEnd
            while end < count, isURLByte(bytes[end]) { end += 1 }
            end = trimmed(bytes, from: index, to: end)
            guard end > schemeEnd else { index = schemeEnd; continue }
            // Scalars before the URL: every byte that is not a UTF-8 continuation byte.
            while counted < index {
                if bytes[counted] & 0xC0 != 0x80 { scalarsBefore += 1 }
                counted += 1
            }
            let url = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            spans.append(InlineSpan(start: scalarsBefore, end: scalarsBefore + (end - index), style: .link(url)))
            index = end
        }
        return spans
    }

    /// The index just past `http://` or `https://` at `index`, if one starts there.
    private static func schemeEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let http: [UInt8] = Array("http".utf8)
        for (offset, letter) in http.enumerated() where bytes[index + offset] | 0x20 != letter { return nil }
        var next = index + 4
        if bytes[next] | 0x20 == UInt8(ascii: "s") { next += 1 }
        guard next + 3 <= bytes.count, bytes[next] == UInt8(ascii: ":"), bytes[next + 1] == UInt8(ascii: "/"),
              bytes[next + 2] == UInt8(ascii: "/") else { return nil }
        return next + 3
    }

    /// Whether `byte` is an ASCII letter or digit.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether `byte` can be part of a URL in running text.
    private static func isURLByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
    }

    /// Brackets a URL may hold in pairs: `(`, `[`, `{` and their closers.
    private static let brackets: [(open: UInt8, close: UInt8)] = [(0x28, 0x29), (0x5B, 0x5D), (0x7B, 0x7D)]

    /// `end` moved back over trailing punctuation and unbalanced closing brackets.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if ".,;:!?'".utf8.contains(last) { end -= 1; continue }
            if let pair = brackets.first(where: { $0.close == last }) {
                var depth = 0
                for byte in bytes[start..<end] {
                    if byte == pair.open { depth += 1 } else if byte == pair.close { depth -= 1 }
                }
                if depth < 0 { end -= 1; continue }
            }
            break
        }
        return end
    }
}
