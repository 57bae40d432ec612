import FeedKit

/// A feed fetched with a 200: what to store in the cache.
public struct FetchedFeed: Sendable {
    /// The subscribed URL (after a permanent redirect, the new one).
    public var url: String
    /// The parsed feed.
    public var feed: Feed
    /// The response's ETag, for the next conditional GET.
    public var etag: String?
    /// The response's Last-Modified, for the next conditional GET.
    public var lastModified: String?
    /// Whole pages fetched for teaser-only entries, by entry id.
    public var pages: [String: (url: String, html: String)]
    /// Plain text to search for each entry, by entry id.
    public var searchText: [String: String]
}

/// How one feed's fetch ended.
public enum FeedFetchOutcome: Sendable {
    /// A 304: the cached feed is current (nothing parsed).
    case notModified
    /// A new copy of the feed.
    case fetched(FetchedFeed)
    /// No usable feed; the cached articles stay.
    case failed(FeedFailure)
}

/// Why a feed could not be fetched, in the words `folio fetch` reports.
public enum FeedFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request failed or was refused (DNS, refused, timeout, TLS, too big, too many redirects, HTTP status).
    case fetch(String)
    /// The body is a web page or something else that is not a feed.
    case notAFeed
    /// The body is broken or truncated XML or JSON.
    case malformed

    /// One line.
    public var description: String {
        switch self {
        case .fetch(let reason): return reason
        case .notAFeed: return "not a feed (RSS, Atom or JSON Feed)"
        case .malformed: return "malformed feed (broken or truncated)"
        }
    }
}
