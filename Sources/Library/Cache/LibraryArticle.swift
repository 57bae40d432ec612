import FeedKit

/// One article of the library as the list shows it.
public struct LibraryArticle: Sendable, Equatable {
    /// The cache's row id.
    public var id: Int64
    /// The feed it came from.
    public var feedURL: String
    /// The feed's row in the cache (see ``LibraryCache/feedIDs()``); 0 when not known.
    public var feedID: Int64 = 0
    /// How the user's marks name this article (see ``ArticleKey``).
    public var key: String
    /// The entry's title.
    public var title: String?
    /// Published (else updated, else first seen), in seconds since 1970.
    public var time: Int64
    /// When Folio first saw it, in seconds since 1970.
    public var firstSeen: Int64

    /// Makes an article row.
    public init(id: Int64, feedURL: String, key: String, title: String?, time: Int64, firstSeen: Int64) {
        self.id = id
        self.feedURL = feedURL
        self.key = key
        self.title = title
        self.time = time
        self.firstSeen = firstSeen
    }
}

/// Everything the reader needs to open a library article.
public struct LibraryArticleBody: Sendable, Equatable {
    /// The list row.
    public var article: LibraryArticle
    /// The entry's id in its feed.
    public var entryID: String
    /// The entry's link.
    public var link: String?
    /// The entry's authors.
    public var authors: [String]
    /// The entry's summary (HTML or text).
    public var summary: String?
    /// The entry's content (HTML or text).
    public var content: String?
    /// The whole page fetched from the link, when the entry was only a teaser.
    public var page: String?
    /// Where that page was fetched from, after redirects.
    public var pageURL: String?
}

/// The name the user's marks give an article of a feed.
public enum ArticleKey {
    /// The entry's link when it is an http(s) URL (so a highlight made on the
    /// page opened by URL is the same article), else `feed:<feed URL>#<entry id>`.
    public static func of(feedURL: String, entryID: String, link: String?) -> String {
        if let link, SubscriptionURL.isHTTP(link) { return link }
        return "feed:\(feedURL)#\(entryID)"
    }

    /// The id an entry is stored under: its own id, else its link, else its title.
    public static func entryID(_ entry: FeedEntry) -> String {
        if let id = entry.id, !id.isEmpty { return id }
        if let link = entry.link, !link.isEmpty { return link }
        return "title:" + (entry.title ?? "")
    }
}

/// A subscribed feed as the cache knows it.
public struct LibraryFeed: Sendable, Equatable {
    /// The feed's URL.
    public var url: String
    /// The feed's own title.
    public var title: String?
    /// The feed's ETag from the last 200.
    public var etag: String?
    /// The feed's Last-Modified from the last 200.
    public var lastModified: String?
    /// When it was last fetched (seconds since 1970).
    public var fetchedAt: Int64?
    /// What the last fetch said, one line.
    public var result: String?
    /// Whether the last fetch worked.
    public var ok: Bool
    /// How many articles the cache holds for it.
    public var articleCount: Int
}
