/// One cache entry: the URL it was fetched for, the page, and when.
public struct CachedPage: Sendable, Equatable {
    /// The URL as asked for (the cache key); the page's `finalURL` may differ.
    public var requestedURL: String
    /// The page as fetched.
    public var page: FetchedPage
    /// When it was fetched, in seconds since 1970 (UTC).
    public var fetchedAt: Int64

    /// Makes an entry from its parts.
    public init(requestedURL: String, page: FetchedPage, fetchedAt: Int64) {
        self.requestedURL = requestedURL
        self.page = page
        self.fetchedAt = fetchedAt
    }
}
