import TestSupport
@testable import Fetching
@testable import Library

/// Feeds served by the test server: RSS documents, and the fetcher and cache the tests use.
enum FeedServer {
    /// An RSS 2.0 feed called `title` with `items` entries (ids `<title>-<n>`).
    static func rss(_ title: String, items: Int, base: String = "http://127.0.0.1/") -> [UInt8] {
        var out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title><link>\(base)</link>"
        for index in 0..<items {
            out += "<item><guid>\(title)-\(index)</guid><title>\(title) story \(index)</title><link>\(base)\(title)/\(index)</link>"
            out += "<pubDate>Mon, 0\(index % 9 + 1) Jun 2026 10:00:00 GMT</pubDate>"
            out += "<description><![CDATA[<p>The whole story \(index) of \(title), with enough words in it to be more than a teaser. "
            out += String(repeating: "More words about the matter at hand. ", count: 20) + "</p>]]></description></item>"
        }
        return Array((out + "</channel></rss>").utf8)
    }

    /// A fetcher with short limits and no proxies from the developer's shell.
    static func fetcher(total: Int = 5, maxBytes: Int = 1 << 20) -> FeedFetcher {
        let environment = ["PATH": CurlEnvironment.path(in: ProcessEnvironment.current())]
        let http = PageFetcher(limits: FetchLimits(connectTimeoutSeconds: 2, totalTimeoutSeconds: total, maxBytes: maxBytes),
                               environment: environment)
        return FeedFetcher(http: http, userAgent: "Folio/test")
    }

    /// A fresh cache in a new temporary folder.
    static func cache() throws -> LibraryCache {
        let folder = "/tmp/folio-library-test-\(UInt64.random(in: 0...UInt64.max))"
        return try LibraryCache(path: folder + "/library.sqlite")
    }
}
