/// One HTTP request as Folio makes it: a URL, extra headers and whether redirects are followed.
public struct HTTPRequest: Sendable, Equatable {
    /// The http(s) URL.
    public var url: String
    /// The `Accept` header value.
    public var accept: String
    /// Extra request headers, each "Name: value" (control characters become spaces).
    public var headers: [String]
    /// Whether curl follows redirects itself; when false a 3xx is the response.
    public var followRedirects: Bool

    /// Makes a request.
    public init(url: String, accept: String, headers: [String] = [], followRedirects: Bool = true) {
        self.url = url
        self.accept = accept
        self.headers = headers
        self.followRedirects = followRedirects
    }
}

/// A response of any status: what the server said, with the headers a cache needs.
public struct HTTPResponse: Sendable, Equatable {
    /// The HTTP status, e.g. 200, 304 or 301.
    public var status: Int
    /// The Content-Type, parsed.
    public var contentType: ContentType
    /// The ETag header, as sent.
    public var etag: String?
    /// The Last-Modified header, as sent.
    public var lastModified: String?
    /// Where a 3xx points, resolved against the request URL.
    public var redirectURL: String?
    /// The URL that answered.
    public var finalURL: String
    /// The decoded body.
    public var body: [UInt8]

    /// Makes a response from its parts.
    public init(status: Int, contentType: ContentType, etag: String?, lastModified: String?, redirectURL: String?,
                finalURL: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.redirectURL = redirectURL
        self.finalURL = finalURL
        self.body = body
    }
}
