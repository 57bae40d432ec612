/// A `Content-Type` header value split into its media type and charset.
///
/// `text/HTML; Charset="ISO-8859-1"` becomes media type `text/html` and charset
/// `iso-8859-1`; the header as received stays in `raw` so it can be cached and
/// parsed again.
public struct ContentType: Sendable, Equatable {
    /// The header value as received ("" when the response had none).
    public let raw: String
    /// The lowercased `type/subtype`, or nil when the header was missing or empty.
    public let mediaType: String?
    /// The lowercased `charset` parameter without quotes, or nil when absent.
    public let charset: String?

    /// Parses a header value; an empty value means "no Content-Type".
    public init(header: String) {
        raw = header
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let type = parts.first.map { Self.trimmed($0).lowercased() } ?? ""
        mediaType = type.isEmpty ? nil : type
        var found: String?
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = Self.trimmed(parameter[..<equals]).lowercased()
            guard name == "charset" else { continue }
            var value = Self.trimmed(parameter[parameter.index(after: equals)...])
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            found = value.isEmpty ? nil : value.lowercased()
            break
        }
        charset = found
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> String {
        var slice = text
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
