import ArticleKit

/// Resolving feed links: RFC 3986 references against the base in effect (xml:base, the feed's URL).
enum URLReferenceBase {
    /// `reference` resolved against `base` (kept as written without a base).
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingSpacesAndNewlines
        guard !trimmed.isEmpty else { return trimmed }
        if isPlainAbsolute(trimmed) { return trimmed }
        return URLReference.resolve(trimmed, against: base)
    }

    /// Whether `reference` is an absolute http(s) URL that resolving would give back unchanged:
    /// a lower-case scheme, a path, and nothing to clean or normalize (no white space, control
    /// characters, backslashes or dot segments). Most feed links are; they skip the parse.
    static func isPlainAbsolute(_ reference: String) -> Bool {
        var utf8 = reference.utf8[...]
        if utf8.starts(with: "https://".utf8) {
            utf8 = utf8.dropFirst(8)
        } else if utf8.starts(with: "http://".utf8) {
            utf8 = utf8.dropFirst(7)
        } else {
            return false
        }
        guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex else { return false }
        if utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) { return false }
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in utf8[slash...] {
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            // "/./" or "/../" (or one at the end, checked below): a dot segment.
            if byte == UInt8(ascii: "/"), previous.2 == UInt8(ascii: "."),
               previous.1 == UInt8(ascii: "/") || (previous.1 == UInt8(ascii: ".") && previous.0 == UInt8(ascii: "/")) {
                return false
            }
            previous = (previous.1, previous.2, byte)
        }
        return !(previous.2 == UInt8(ascii: ".")
                 && (previous.1 == UInt8(ascii: "/") || (previous.1 == UInt8(ascii: ".") && previous.0 == UInt8(ascii: "/"))))
    }
}

extension String {
    /// The text without white space and newlines at either end.
    var trimmingSpacesAndNewlines: String {
        // Most text starts and ends with a visible ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
