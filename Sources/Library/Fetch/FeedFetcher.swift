import ArticleKit
import FeedKit
import Fetching

/// Fetches one feed: conditional GET, redirects followed one by one (so a
/// permanent one can move the subscription), parse, and whole pages for
/// entries that carry only a teaser.
public struct FeedFetcher: Sendable {
    /// The Accept header for feeds.
    static let accept = "application/atom+xml,application/rss+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
    /// The Accept header for article pages.
    static let pageAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
    /// Entries whose summary has fewer characters than this, and no content, are teasers.
    static let teaserLength = 600
    /// At most this many whole pages are fetched per feed and run.
    public static let maxPagesPerFeed = 20

    /// The HTTP client (curl).
    public var http: PageFetcher
    /// The User-Agent to send.
    public var userAgent: String

    /// Makes a fetcher.
    public init(http: PageFetcher = PageFetcher(), userAgent: String) {
        self.http = http
        self.userAgent = userAgent
    }

    /// What one feed's fetch gives: the outcome, and the new URL when a permanent redirect moved it.
    public struct Result: Sendable {
        /// How it ended.
        public var outcome: FeedFetchOutcome
        /// Where the feed now lives, when every redirect on the way was permanent (301, 308).
        public var movedTo: String?
    }

    /// Fetches `url`; `etag` and `lastModified` make it conditional; `havePages`
    /// names entries whose page is cached already.
    public func fetch(url: String, etag: String?, lastModified: String?, fullText: Bool, havePages: Set<String>) -> Result {
        var headers: [String] = []
        if let etag { headers.append("If-None-Match: \(etag)") }
        if let lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        var current = url
        var permanent = true
        var response: HTTPResponse
        var hops = 0
        while true {
            do {
                response = try http.exchange(HTTPRequest(url: current, accept: Self.accept, headers: headers, followRedirects: false),
                                             userAgent: userAgent)
            } catch {
                return Result(outcome: .failed(.fetch(error.description)), movedTo: nil)
            }
            guard (300...399).contains(response.status), response.status != 304 else { break }
            guard let next = response.redirectURL, !next.isEmpty else {
                return Result(outcome: .failed(.fetch("HTTP \(response.status) without a Location")), movedTo: nil)
            }
            hops += 1
            guard hops <= http.limits.maxRedirects else {
                return Result(outcome: .failed(.fetch(FetchError.tooManyRedirects(limit: http.limits.maxRedirects).description)), movedTo: nil)
            }
            if response.status != 301 && response.status != 308 { permanent = false }
            current = next
        }
        let movedTo = permanent && current != url ? current : nil
        if response.status == 304 { return Result(outcome: .notModified, movedTo: movedTo) }
        guard (200...299).contains(response.status) else {
            return Result(outcome: .failed(.fetch(FetchError.httpStatus(response.status).description)), movedTo: movedTo)
        }
        let feed: Feed
        do {
            feed = try FeedReader.read(response.body, url: response.finalURL, requireComplete: true)
        } catch {
            return Result(outcome: .failed(error == .malformed ? .malformed : .notAFeed), movedTo: movedTo)
        }
        var fetched = FetchedFeed(url: movedTo ?? url, feed: feed, etag: response.etag, lastModified: response.lastModified,
                                  pages: [:], searchText: [:])
        var pagesLeft = fullText ? Self.maxPagesPerFeed : 0
        for entry in feed.entries {
            let id = ArticleKey.entryID(entry)
            if pagesLeft > 0, !havePages.contains(id), Self.isTeaser(entry), let link = entry.link, SubscriptionURL.isHTTP(link) {
                pagesLeft -= 1
                if let page = try? http.fetch(url: link, userAgent: userAgent), page.contentType.mediaType.map({ $0.contains("html") }) ?? true {
                    fetched.pages[id] = (page.finalURL, HTMLText.decode(page.body, charset: page.contentType.charset))
                }
            }
            fetched.searchText[id] = LibraryText.searchText(entry: entry, page: fetched.pages[id])
        }
        return Result(outcome: .fetched(fetched), movedTo: movedTo)
    }

    /// Whether `entry` carries only a teaser: no content, and a short summary or none.
    static func isTeaser(_ entry: FeedEntry) -> Bool {
        guard entry.content?.isEmpty ?? true else { return false }
        return (entry.summary?.count ?? 0) < teaserLength
    }
}
