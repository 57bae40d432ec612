import ArticleKit

/// Resolving feed links: RFC 3986 references against the base in effect (xml:base, the feed's URL).
enum URLReferenceBase {
    /// `reference` resolved against `base` (kept as written without a base).
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingSpacesAndNewlines
        guard !trimmed.isEmpty else { return trimmed }
        return URLReference.resolve(trimmed, against: base)
    }
}

extension String {
    /// The text without white space and newlines at either end.
    var trimmingSpacesAndNewlines: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
