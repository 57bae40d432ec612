import ArticleKit
import Testing
import TestSupport
@testable import Library

/// `folio fetch`'s engine against a local server: conditional GET, every
/// failure named for its feed, the others fetched, nothing cached lost.
struct LibraryFetchTests {
    /// Serves good feeds with ETag and Last-Modified, and one route for each way a feed can fail.
    static func server() throws -> TestHTTPServer {
        try TestHTTPServer { request in
            let path = request.target
            if path.hasPrefix("/good") {
                let tag = "\"v1-\(path)\""
                if request.headers["if-none-match"] == tag { return .init(status: 304, reason: "Not Modified") }
                var response = TestHTTPServer.Response.body(FeedServer.rss(String(path.dropFirst()), items: 3), type: "application/rss+xml")
                response.headers += [("ETag", tag), ("Last-Modified", "Mon, 01 Jun 2026 10:00:00 GMT")]
                return response
            }
            switch path {
            case "/slow":
                return .init(headers: [("Content-Type", "application/rss+xml")], chunks: [Array("<rss>".utf8), Array("</rss>".utf8)], pause: 8000)
            case "/error": return .body(Array("oops".utf8), type: "text/plain", status: 500, reason: "Server Error")
            case "/chain1": return .redirect("/chain2", status: 302)
            case "/chain2": return .redirect("/goodchain", status: 307)
            case "/loop": return .redirect("/loop", status: 302)
            case "/gzip":
                var response = TestHTTPServer.Response.body(GzipStored.encode(FeedServer.rss("gzip", items: 2)), type: "application/rss+xml")
                response.headers.append(("Content-Encoding", "gzip"))
                return response
            case "/huge": return .body([UInt8](repeating: 0x20, count: 3 << 20), type: "application/rss+xml")
            case "/malformed": return .body(Array("<rss><channel><title>x</title><item><title>a</item></channel>".utf8), type: "application/rss+xml")
            case "/html": return .body(Array("<!doctype html><html><body><p>Hello</p></body></html>".utf8), type: "text/html")
            case "/truncated":
                let whole = FeedServer.rss("trunc", items: 5)
                return .body(Array(whole.prefix(whole.count / 2)), type: "application/rss+xml")
            case "/moved": return .redirect("/goodmoved", status: 301)
            default: return .body(Array("no".utf8), type: "text/plain", status: 404, reason: "Not Found")
            }
        }
    }

    @Test func everyFailureIsNamedForItsFeedAndTheOthersAreFetched() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try FeedServer.cache()
        let names = ["good1", "good2", "slow", "error", "chain1", "loop", "gzip", "huge", "malformed", "html", "truncated", "moved"]
        let subscriptions = names.map { Subscription(url: "\(server.base)/\($0)") }
        let run = LibraryFetch(fetcher: FeedServer.fetcher(total: 3), jobs: 8)
        var seen = 0
        let reports = run.run(subscriptions, cache: cache, protected: []) { _ in seen += 1 }
        #expect(seen == names.count)
        let byName = Dictionary(uniqueKeysWithValues: reports.map { (String($0.url.split(separator: "/").last!), $0) })
        for name in ["good1", "good2", "chain1", "gzip", "moved"] {
            #expect(byName[name]?.ok == true, "\(name): \(byName[name]?.message ?? "-")")
        }
        #expect(byName["good1"]?.newArticles == 3)
        #expect(byName["gzip"]?.newArticles == 2)
        #expect(byName["slow"]?.message.hasPrefix("timed out") == true, "\(byName["slow"]?.message ?? "")")
        #expect(byName["error"]?.message == "HTTP 500 Internal Server Error" || byName["error"]?.message.contains("500") == true)
        #expect(byName["loop"]?.message.hasPrefix("too many redirects") == true)
        #expect(byName["huge"]?.message.hasPrefix("page too big") == true, "\(byName["huge"]?.message ?? "")")
        #expect(byName["malformed"]?.message == FeedFailure.malformed.description)
        #expect(byName["truncated"]?.message == FeedFailure.malformed.description)
        #expect(byName["html"]?.message == FeedFailure.notAFeed.description)
        // Only the permanent redirect moves a subscription; the 302/307 chain does not.
        #expect(byName["moved"]?.movedTo == "\(server.base)/goodmoved")
        #expect(byName["chain1"]?.movedTo == nil)
        #expect(try cache.articles().count == 3 + 3 + 3 + 2 + 3)
    }

    @Test func aSecondFetchIsConditionalAndAFailureKeepsTheArticles() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try FeedServer.cache()
        let run = LibraryFetch(fetcher: FeedServer.fetcher(), jobs: 2)
        let good = Subscription(url: "\(server.base)/good3")
        _ = run.run([good], cache: cache, protected: []) { _ in }
        let second = run.run([good], cache: cache, protected: []) { _ in }
        #expect(second.first?.message == "not modified")
        #expect(server.requests.last?.headers["if-none-match"] == "\"v1-/good3\"")
        #expect(server.requests.last?.headers["if-modified-since"] == "Mon, 01 Jun 2026 10:00:00 GMT")
        #expect(try cache.articles().count == 3)
        // The same feed now failing (the cached URL renamed to a failing route) keeps what was cached.
        try cache.renameFeed(good.url, to: "\(server.base)/error")
        let failed = run.run([Subscription(url: "\(server.base)/error")], cache: cache, protected: []) { _ in }
        #expect(failed.first?.ok == false)
        #expect(try cache.articles().count == 3)
        #expect(try cache.feed("\(server.base)/error")?.ok == false)
    }

    @Test func pruningKeepsTheNewestAndEveryProtectedArticle() throws {
        let server = try TestHTTPServer { _ in .body(FeedServer.rss("many", items: 8), type: "application/rss+xml") }
        defer { server.stop() }
        let cache = try FeedServer.cache()
        let protectedKey = "http://127.0.0.1/many/0"
        let run = LibraryFetch(fetcher: FeedServer.fetcher(), jobs: 1, keep: 3)
        _ = run.run([Subscription(url: "\(server.base)/many")], cache: cache, protected: [protectedKey]) { _ in }
        let keys = try cache.articles().map(\.key)
        #expect(keys.count == 4)
        #expect(keys.contains(protectedKey))
    }

    @Test func searchFindsWordsInTitlesAndText() throws {
        let server = try TestHTTPServer { _ in .body(FeedServer.rss("searchable", items: 3), type: "application/rss+xml") }
        defer { server.stop() }
        let cache = try FeedServer.cache()
        _ = LibraryFetch(fetcher: FeedServer.fetcher(), jobs: 1).run([Subscription(url: "\(server.base)/s")], cache: cache, protected: []) { _ in }
        #expect(try cache.search("story 2").count >= 1)
        #expect(try cache.search("matt").count == 3)
        #expect(try cache.search("zebra").isEmpty)
    }

    @Test func aTeaserEntryGetsItsWholePageUnlessTheFeedSaysNo() throws {
        let page = """
        <!doctype html><html><head><title>The whole story</title></head><body>
        <nav><a href="/">Home</a></nav><article><h1>The whole story</h1>
        <p>The first paragraph of the whole story, long enough to be an article on its own, with commas, clauses and detail.</p>
        <h2>Why now?</h2><p>Because the council voted on Tuesday, after a year of hearings, to build the tunnel under the river.</p>
        </article><footer>Copyright</footer></body></html>
        """
        let server = try TestHTTPServer { request in
            switch request.target {
            case "/feed":
                let rss = "<rss version=\"2.0\"><channel><title>T</title><item><guid>t1</guid><title>Teaser</title>"
                    + "<link>http://127.0.0.1:\(request.headers["host"]?.split(separator: ":").last ?? "")/story</link>"
                    + "<description>Short teaser.</description></item></channel></rss>"
                return .body(Array(rss.utf8), type: "application/rss+xml")
            case "/story": return .body(Array(page.utf8), type: "text/html; charset=utf-8")
            default: return .body([], type: "text/plain", status: 404, reason: "Not Found")
            }
        }
        defer { server.stop() }
        let cache = try FeedServer.cache()
        let run = LibraryFetch(fetcher: FeedServer.fetcher(), jobs: 1)
        _ = run.run([Subscription(url: "\(server.base)/feed")], cache: cache, protected: []) { _ in }
        let article = try #require(try cache.articles().first)
        let body = try #require(try cache.body(of: article.id))
        #expect(body.page?.contains("Why now?") == true)
        let projection = TextProjection(LibraryText.document(body))
        #expect(projection.sections.map(\.heading).contains("Why now?"))
        #expect(projection.sections.flatMap(\.paragraphs).contains { $0.contains("council voted") })
        #expect(try cache.search("council tunnel") == [article.id])
        // Fetched once: the next run does not ask for the page again.
        let pageRequests = server.requests.filter { $0.target == "/story" }.count
        _ = run.run([Subscription(url: "\(server.base)/feed")], cache: cache, protected: []) { _ in }
        #expect(server.requests.filter { $0.target == "/story" }.count == pageRequests)

        let other = try FeedServer.cache()
        _ = run.run([Subscription(url: "\(server.base)/feed", tags: [Subscription.noFullTextTag])], cache: other, protected: []) { _ in }
        #expect(try other.body(of: try #require(try other.articles().first).id)?.page == nil)
    }

    @Test func removingAFeedKeepsOnlyProtectedArticles() throws {
        let server = try TestHTTPServer { _ in .body(FeedServer.rss("gone", items: 4), type: "application/rss+xml") }
        defer { server.stop() }
        let cache = try FeedServer.cache()
        let url = "\(server.base)/gone"
        _ = LibraryFetch(fetcher: FeedServer.fetcher(), jobs: 1).run([Subscription(url: url)], cache: cache, protected: []) { _ in }
        #expect(try cache.articles().count == 4)
        #expect(try cache.removeFeed(url, protected: ["http://127.0.0.1/gone/2"]) == 1)
        #expect(try cache.articles().map(\.key) == ["http://127.0.0.1/gone/2"])
        #expect(try cache.search("gone").count == 1)
        #expect(try cache.feed(url) != nil)
        #expect(try cache.removeFeed(url, protected: []) == 0)
        #expect(try cache.articles().isEmpty)
        #expect(try cache.feed(url) == nil)
    }
}
