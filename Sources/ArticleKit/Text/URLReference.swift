/// A URI reference split into its five parts, and resolution of one reference
/// against a base by RFC 3986 section 5.2.
///
/// Only the syntax is handled: no percent-encoding, no IDNA, no host
/// checks. Leading and trailing white space is trimmed and inner tabs and
/// newlines removed, as browsers do with `href` values.
public struct URLReference: Equatable, Sendable {
    /// The scheme without ":", lower-cased, or `nil` for a relative reference.
    var scheme: String?
    /// The authority (after "//"), or `nil` when the reference has none.
    var authority: String?
    /// The path (possibly empty).
    var path: String
    /// The query without "?", or `nil`.
    var query: String?
    /// The fragment without "#", or `nil`.
    var fragment: String?

    /// Splits a reference into its parts (RFC 3986 appendix B). The delimiters are
    /// found among the UTF-8 bytes (they are ASCII), as a URL parser reads code points.
    init(_ text: String) {
        var rest = Substring(URLReference.cleaned(text))
        scheme = nil
        authority = nil
        query = nil
        fragment = nil
        if let hash = rest.utf8.firstIndex(of: 0x23) {
            fragment = String(rest[rest.utf8.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let mark = rest.utf8.firstIndex(of: 0x3F) {
            query = String(rest[rest.utf8.index(after: mark)...])
            rest = rest[..<mark]
        }
        if let colon = URLReference.schemeColon(in: rest) {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.utf8.index(after: colon)...]
        }
        if rest.utf8.starts(with: [0x2F, 0x2F]) {
            let afterSlashes = rest[rest.utf8.index(rest.startIndex, offsetBy: 2)...]
            let end = afterSlashes.utf8.firstIndex(of: 0x2F) ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        path = String(rest)
    }

    /// Creates a reference from its parts.
    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference written out (RFC 3986 section 5.3).
    var text: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// `reference` resolved against `base`; `reference` as written when there is no usable base.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let relative = URLReference(reference)
        if relative.scheme != nil { return relative.normalizedPath.text }
        guard let base, case let parsedBase = URLReference(base), parsedBase.scheme != nil else {
            return cleaned(reference)
        }
        return relative.resolved(against: parsedBase).text
    }

    /// This reference resolved against an absolute base (RFC 3986 section 5.2.2).
    func resolved(against base: URLReference) -> URLReference {
        if scheme != nil { return normalizedPath }
        var target = URLReference(scheme: base.scheme, authority: nil, path: "", query: nil, fragment: fragment)
        if authority != nil {
            target.authority = authority
            target.path = URLReference.removingDotSegments(path)
            target.query = query
            return target
        }
        target.authority = base.authority
        if path.isEmpty {
            target.path = base.path
            target.query = query ?? base.query
        } else {
            target.path = path.hasPrefix("/") ? URLReference.removingDotSegments(path)
                : URLReference.removingDotSegments(URLReference.merge(base: base, path: path))
            target.query = query
        }
        return target
    }

    /// The reference with dot segments removed from its path.
    var normalizedPath: URLReference {
        var copy = self
        copy.path = URLReference.removingDotSegments(path)
        return copy
    }

    /// Merges a relative path with the base's (RFC 3986 section 5.2.3).
    static func merge(base: URLReference, path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    /// Removes "." and ".." segments (RFC 3986 section 5.2.4).
    static func removingDotSegments(_ path: String) -> String {
        guard path.utf8.contains(0x2E) else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") { input = input.dropFirst(3); _ = output.popLast() }
            else if input == "/.." { input = "/"; _ = output.popLast() }
            else if input == "." || input == ".." { input = "" }
            else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// Whether `text` is a scheme: a letter, then letters, digits, "+", "-" or ".".
    static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, ASCIILines.isLetter(first) else { return false }
        return text.utf8.allSatisfy { ASCIILines.isLetter($0) || ASCIILines.isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    }

    /// The ":" that ends the scheme of a reference (already cleaned): the first ":", when
    /// no "?" or "#" comes before it and what precedes it is a scheme; else `nil`.
    static func schemeColon(in text: Substring) -> Substring.Index? {
        guard let mark = text.utf8.firstIndex(where: { $0 == 0x3A || $0 == 0x3F || $0 == 0x23 }),
              text.utf8[mark] == 0x3A, isScheme(text[..<mark]) else { return nil }
        return mark
    }

    /// The text without surrounding white space and without tabs and newlines inside.
    static func cleaned(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 <= 0x20 }) { return text }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].value <= 0x20 { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].value <= 0x20 { end = scalars.index(before: end) }
        var out = String.UnicodeScalarView()
        for scalar in scalars[start..<end] where scalar != "\t" && scalar != "\n" && scalar != "\r" { out.append(scalar) }
        return String(out)
    }

    /// Whether a link to `url` should stay plain text (a script, inline data or a local file).
    static func isUnsafeLink(_ url: String) -> Bool {
        let cleaned = Substring(URLReference.cleaned(url))
        guard let colon = schemeColon(in: cleaned) else { return false }
        let scheme = cleaned[..<colon].lowercased()
        return scheme == "javascript" || scheme == "data" || scheme == "file" || scheme == "vbscript"
    }
}
