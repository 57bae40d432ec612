/// Resolves a link target against the page's address (RFC 3986, section 5.2),
/// with no URL library.
///
/// A target with a scheme (`https:`, `mailto:`) is kept as written. A relative
/// target is resolved only when the page's address is known (``ReadContext/url``,
/// a fetched page); a local file's links stay as written, since the reader has
/// nothing sound to resolve them against. Percent-encoding is left as written.
enum LinkResolver {
    /// `reference` resolved against `base`, or `reference` itself when it is
    /// absolute, empty, or `base` is `nil` or has no scheme.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !reference.isEmpty, scheme(of: reference) == nil,
              let baseScheme = scheme(of: base) else { return reference }
        let parts = URLParts(base.dropFirst(baseScheme.count + 1))
        let origin = baseScheme + ":" + (parts.authority.map { "//" + $0 } ?? "")
        if reference.hasPrefix("//") { return baseScheme + ":" + reference }
        if reference.hasPrefix("#") { return origin + parts.path + (parts.query ?? "") + reference }
        if reference.hasPrefix("?") { return origin + parts.path + reference }
        let split = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        let path = reference[..<split]
        let rest = reference[split...]
        if path.hasPrefix("/") { return origin + removingDotSegments(path) + rest }
        let merged: String
        if parts.authority != nil && parts.path.isEmpty {
            merged = "/" + path
        } else if let slash = parts.path.lastIndex(of: "/") {
            merged = String(parts.path[...slash]) + path
        } else {
            merged = String(path)
        }
        return origin + removingDotSegments(Substring(merged)) + rest
    }

    /// The scheme of `url` ("https"), or `nil` when it has none.
    static func scheme<S: StringProtocol>(of url: S) -> Substring? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCIILetter else { return nil }
        let valid = candidate.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
        return valid ? Substring(candidate) : nil
    }

    /// `path` with its "." and ".." segments applied.
    static func removingDotSegments(_ path: Substring) -> String {
        let absolute = path.hasPrefix("/")
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if absolute { segments.removeFirst() }
        var out: [Substring] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            if segment == "." || segment == ".." {
                if segment == "..", !out.isEmpty { out.removeLast() }
                if isLast { out.append("") }
            } else {
                out.append(segment)
            }
        }
        return (absolute ? "/" : "") + out.joined(separator: "/")
    }
}

/// The parts of an absolute URL after its scheme: authority, path and query (fragment dropped).
struct URLParts {
    /// The host and port (and user info), when the URL has "//".
    var authority: Substring?
    /// The path, possibly empty.
    var path: Substring
    /// The query with its "?", when present.
    var query: Substring?

    /// Splits the part of a URL after "scheme:".
    init(_ rest: Substring) {
        var rest = rest
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if let mark = rest.firstIndex(of: "?") {
            query = rest[mark...]
            rest = rest[..<mark]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let slash = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            authority = afterSlashes[..<slash]
            path = afterSlashes[slash...]
        } else {
            path = rest
        }
    }
}

extension Unicode.Scalar {
    /// Whether this is an ASCII letter.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
