import ArticleKit
import Fetching

/// Opens web pages named by URL: fetched with curl, kept in the page cache, and
/// read from the cache when the network cannot be reached.
enum PageInput {
    /// Whether `argument` names a page rather than a file: it starts with `http://` or `https://`.
    static func isURL(_ argument: String) -> Bool {
        let lower = argument.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Whether `argument` looks like a URL of another scheme (`ftp://…`, `file://…`), which Folio refuses.
    static func hasOtherScheme(_ argument: String) -> Bool {
        guard let colon = argument.firstIndex(of: ":"), argument[colon...].hasPrefix("://") else { return false }
        let scheme = argument[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Fetches `url` and reads it; the article's path is the URL as given, so
    /// highlights made on it are found again however the page is reached.
    ///
    /// A page that was fetched before is read from the cache when the network
    /// fails on the way there (no DNS, refused, timed out): the document then
    /// carries a notice saying when that copy was fetched. Any other failure
    /// (an HTTP error, TLS, too big, not a page) is the error itself.
    static func load(_ url: String) throws -> LoadedArticle {
        let cache = PageCache()
        let fetcher = PageFetcher()
        do {
            let page = try fetcher.fetch(url: url, userAgent: PageFetcher.userAgent(version: FolioVersion.string))
            try page.requireReadable()
            let loaded = try read(page, url: url)
            try? cache?.store(page, for: url)
            return loaded
        } catch let error as FetchError {
            if error.isUnreachable, let cached = cache?.lookup(url) {
                var loaded = try read(cached.page, url: url)
                loaded.document.metadata.notice = "offline (\(error.description)): showing the copy fetched \(CacheAge.describe(cached.fetchedAt))"
                return loaded
            }
            throw Failure("\(url): \(error.description)")
        }
    }

    /// The cached copy of `url`, read, or `nil` when there is none (for listing highlights without the network).
    static func cached(_ url: String) -> LoadedArticle? {
        guard let cached = PageCache()?.lookup(url) else { return nil }
        return try? read(cached.page, url: url)
    }

    /// Reads a fetched page by its media type and content; links resolve against the final URL.
    private static func read(_ page: FetchedPage, url: String) throws -> LoadedArticle {
        let context = ReadContext(source: .url(url), url: page.finalURL, charset: page.contentType.charset)
        do {
            var loaded = try LoadedArticle.from(bytes: page.body, path: url, mediaType: page.contentType.mediaType, context: context)
            if loaded.document.metadata.url == nil { loaded.document.metadata.url = page.finalURL }
            return loaded
        } catch {
            throw Failure(error.description)
        }
    }
}

extension FetchError {
    /// Whether the page could not be reached at all (so a cached copy may stand in).
    var isUnreachable: Bool {
        switch self {
        case .dnsFailure, .connectionRefused, .timedOut: true
        default: false
        }
    }
}
