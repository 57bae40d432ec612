#if canImport(Glibc)
import Glibc
#endif

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
    ///
    /// Looks for the `://` of each URL with `memchr` (a colon is rare in prose, and
    /// memchr compares a vector register's width of bytes at a time), then checks for
    /// `http` or `https` just before it.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [InlineSpan] {
        guard let base = bytes.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var spans: [InlineSpan] = []
        var index = 0
        var scalarsBefore = 0
        var counted = 0
        while index < count {
            guard let colon = memchr(raw + index, 0x3A, count - index) else { break }
            index = UnsafeRawPointer(colon) - raw
            guard bytes[index] == UInt8(ascii: ":"), let start = schemeStart(bytes, colon: index) else {
                index += 1
                continue
            }
            let schemeEnd = index + 3
            var end = schemeEnd
            while end < count, isURLByte(bytes[end]) { end += 1 }
            end = trimmed(bytes, from: start, to: end)
            guard end > schemeEnd else { index = schemeEnd; continue }
            // Scalars before the URL: every byte that is not a UTF-8 continuation byte.
            while counted < start {
                if bytes[counted] & 0xC0 != 0x80 { scalarsBefore += 1 }
                counted += 1
            }
            let url = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            spans.append(InlineSpan(start: scalarsBefore, end: scalarsBefore + (end - start), style: .link(url)))
            index = end
        }
        return spans
    }

    /// Where the URL whose `://` starts at `colon` begins: at `http` or `https` (any case)
    /// just before it that does not follow a letter or digit; `nil` otherwise.
    private static func schemeStart(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int) -> Int? {
        guard colon + 2 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/") else { return nil }
        var start = colon
        if start >= 1, bytes[start - 1] | 0x20 == UInt8(ascii: "s") { start -= 1 }
        guard start >= 4 else { return nil }
        let http: [UInt8] = [0x68, 0x74, 0x74, 0x70]
        for offset in 0..<4 where bytes[start - 4 + offset] | 0x20 != http[offset] { return nil }
        start -= 4
        if start > 0, isWordByte(bytes[start - 1]) { return nil }
        return start
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
