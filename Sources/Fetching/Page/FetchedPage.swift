/// A page as curl delivered it: where it ended up, its status, its type and its bytes.
///
/// The body is exactly what came over the wire after content decoding (gzip,
/// brotli): no charset conversion happens here, so a wrong `charset` in the
/// header reaches the caller together with the untouched bytes.
public struct FetchedPage: Sendable, Equatable {
    /// The URL after all redirects (curl's `%{url_effective}`).
    public var finalURL: String
    /// The HTTP status of the last response, e.g. 200.
    public var status: Int
    /// The `Content-Type` of the last response, parsed.
    public var contentType: ContentType
    /// The decoded body bytes.
    public var body: [UInt8]

    /// Makes a page from its parts.
    public init(finalURL: String, status: Int, contentType: ContentType, body: [UInt8]) {
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}
