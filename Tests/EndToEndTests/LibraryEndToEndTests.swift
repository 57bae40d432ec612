import Foundation
import Testing
import TestSupport

/// Feeds, fetch and the library through the real binary, with feeds served by the test's own server on 127.0.0.1.
@Suite struct LibraryEndToEndTests {
    /// Two RSS feeds, a page announcing one of them, and a folder for the feeds file, cache and store.
    final class Setup {
        let folder: URL
        let server: TestHTTPServer
        let environment: [String: String]

        static func rss(_ name: String, items: Int) -> [UInt8] {
            var out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(name) News</title><link>http://127.0.0.1/</link>"
            for index in 0..<items {
                out += "<item><guid>\(name)-\(index)</guid><title>\(name) story \(index)</title>"
                out += "<pubDate>Mon, 0\(index + 1) Jun 2026 10:00:00 GMT</pubDate><description><![CDATA["
                out += "<p>The first sentence of \(name) story \(index). A second sentence follows it.</p>"
                out += String(repeating: "<p>More text so that the entry is not a teaser at all, but an article.</p>", count: 10)
                out += "]]></description></item>"
            }
            return Array((out + "</channel></rss>").utf8)
        }

        init() throws {
            folder = try makeTemporaryFolder("folio-library")
            server = try TestHTTPServer { request in
                switch request.target.split(separator: "?").first.map(String.init) ?? "" {
                case "/alpha.xml": .body(Setup.rss("Alpha", items: 3), type: "application/rss+xml")
                case "/beta.xml": .body(Setup.rss("Beta", items: 2), type: "application/rss+xml")
                case "/page.html":
                    .body(Array("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/beta.xml\"></head><body>x</body></html>".utf8), type: "text/html")
                case "/slow.xml":
                    TestHTTPServer.Response(headers: [("Content-Type", "application/rss+xml")],
                                            chunks: [Array(Setup.rss("Slow", items: 1).prefix(50)), Array(Setup.rss("Slow", items: 1).dropFirst(50))], pause: 300)
                default: .body(Array("no".utf8), type: "text/plain", status: 404, reason: "Not Found")
                }
            }
            environment = [
                "FOLIO_FEEDS": folder.appendingPathComponent("feeds").path,
                "FOLIO_LIBRARY": folder.appendingPathComponent("cache/library.sqlite").path,
                "FOLIO_STORE": folder.appendingPathComponent("store.jsonl").path,
                "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1",
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "HOME": folder.path,
            ]
        }

        func folio(_ arguments: String...) throws -> ChildProcess.Result {
            try ChildProcess.run([FolioBinary.path] + arguments, environment: environment)
        }

        deinit {
            server.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test func feedsAreAddedFetchedListedAndExported() throws {
        let setup = try Setup()
        #expect(try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml", "--title", "Alpha", "--tag", "news").status == 0)
        let discovered = try setup.folio("feeds", "add", "\(setup.server.base)/page.html")
        #expect(discovered.status == 0)
        #expect(discovered.stderr.contains("taking its application/rss+xml feed \(setup.server.base)/beta.xml"))
        let again = try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml")
        #expect(again.status == 1 && again.stderr == "folio: already subscribed: \(setup.server.base)/alpha.xml\n")
        let fetched = try setup.folio("fetch")
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stdout.hasSuffix("Fetched 2 of 2 feeds: 5 new article(s), 0 failed\n"))
        let list = try setup.folio("feeds", "list")
        #expect(list.stdout.contains("Alpha [news]\n  \(setup.server.base)/alpha.xml\n  3 unread of 3; last fetch: 3 entries\n"))
        #expect(list.stdout.contains("Beta News\n"))
        let exported = try setup.folio("feeds", "export")
        #expect(exported.stdout.contains("title=\"Alpha\" xmlUrl=\"\(setup.server.base)/alpha.xml\" category=\"news\""))
        // Importing the export into a new feeds file gives the same subscriptions back.
        let opml = setup.folder.appendingPathComponent("out.opml")
        try exported.stdout.write(to: opml, atomically: true, encoding: .utf8)
        var other = setup.environment
        other["FOLIO_FEEDS"] = setup.folder.appendingPathComponent("feeds2").path
        #expect(try ChildProcess.run([FolioBinary.path, "feeds", "import", opml.path], environment: other).status == 0)
        let copy = try String(contentsOf: setup.folder.appendingPathComponent("feeds2"), encoding: .utf8)
        let original = try String(contentsOf: setup.folder.appendingPathComponent("feeds"), encoding: .utf8)
        #expect(copy.replacingOccurrences(of: " \"\"", with: "") == original)
        #expect(try setup.folio("feeds", "remove", "\(setup.server.base)/beta.xml").status == 0)
        #expect(try setup.folio("feeds", "remove", "\(setup.server.base)/beta.xml").status == 1)
    }

    @Test func aFailingFeedIsNamedAndTheExitStatusIsOne() throws {
        let setup = try Setup()
        _ = try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml")
        try "\(setup.server.base)/alpha.xml\n\(setup.server.base)/gone.xml\n".write(
            to: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), atomically: true, encoding: .utf8)
        let run = try setup.folio("fetch")
        #expect(run.status == 1)
        #expect(run.stdout.contains("failed: \(setup.server.base)/gone.xml: HTTP 404 Not Found\n"))
        #expect(run.stdout.hasSuffix("Fetched 1 of 2 feeds: 3 new article(s), 1 failed\n"))
    }

    @Test func killingFetchAtRandomMomentsLeavesACacheThatOpensAndAFetchThatCompletes() throws {
        let setup = try Setup()
        let feeds = (0..<6).map { "\(setup.server.base)/\($0 % 2 == 0 ? "slow" : "alpha").xml?n=\($0)" }
        try (feeds.joined(separator: "\n") + "\n").write(to: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), atomically: true, encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: FolioBinary.path)
            process.arguments = ["fetch", "--jobs", "3"]
            process.environment = setup.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...600_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let list = try setup.folio("feeds", "list")
            #expect(list.status == 0 && !list.stderr.contains("cache"), "\(list.stderr)")
        }
        let final = try setup.folio("fetch")
        #expect(final.status == 0, "\(final.stdout)\(final.stderr)")
        #expect(try setup.folio("feeds", "list").stdout.contains("3 unread of 3"))
    }

    @Test func theLibraryOpensAnArticleAndComesBackWithItReadAndHighlighted() throws {
        let setup = try Setup()
        _ = try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml", "--title", "Alpha")
        #expect(try setup.folio("fetch").status == 0)
        let reader = setup.environment.filter { $0.key != "PATH" && $0.key != "HOME" }
        var session: TmuxSession? = try TmuxSession(FolioBinary.command(""), width: 100, height: 24, environment: reader)
        try session!.waitFor(text: "Library · 3 unread of 3")
        try session!.send("Enter")
        try session!.waitFor(text: "The first sentence of Alpha story 2")
        try session!.send("h")
        try session!.send("G")
        try session!.send("q")
        let back = try session!.waitFor(text: "Library · 2 unread of 3")
        #expect(back.contains { $0.contains("Alpha story 2") && $0.contains("✎1") && !$0.contains("●") })
        try session!.send("q")
        #expect(try session!.waitForExit() == 0)
        session = nil
        // Reopening shows the same: the marks are in the store, not only on screen.
        let again = try TmuxSession(FolioBinary.command(""), width: 100, height: 24, environment: reader)
        let rows = try again.waitFor(text: "Library · 2 unread of 3")
        #expect(rows.contains { $0.contains("Alpha story 2") && $0.contains("✎1") })
        #expect(try String(contentsOf: URL(fileURLWithPath: setup.environment["FOLIO_STORE"]!), encoding: .utf8).contains("\"kind\":\"read\""))
        try again.send("q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func aCorruptOrDeletedCacheIsRebuiltAndTheReadMarksStay() throws {
        let setup = try Setup()
        _ = try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml")
        #expect(try setup.folio("fetch").status == 0)
        let key = "feed:\(setup.server.base)/alpha.xml#Alpha-0"
        let mark = "{\"v\":1,\"id\":\"7d6b3a52-1f0e-4c1e-9a40-2b8f7f0e5c11\",\"kind\":\"read\",\"created\":\"2026-06-01T00:00:00Z\",\"target\":\"\(key)\"}\n"
        try mark.write(to: URL(fileURLWithPath: setup.environment["FOLIO_STORE"]!), atomically: true, encoding: .utf8)
        #expect(try setup.folio("feeds", "list").stdout.contains("2 unread of 3"))
        let cache = URL(fileURLWithPath: setup.environment["FOLIO_LIBRARY"]!)
        try Data("this is not a database, it was damaged".utf8).write(to: cache)
        let damaged = try setup.folio("feeds", "list")
        #expect(damaged.status == 0)
        #expect(damaged.stderr.contains("moved to \(cache.path).broken and starts empty"), "\(damaged.stderr)")
        #expect(damaged.stdout.contains("0 unread of 0"))
        #expect(try setup.folio("fetch").status == 0)
        #expect(try setup.folio("feeds", "list").stdout.contains("2 unread of 3"))
        try FileManager.default.removeItem(at: cache)
        #expect(try setup.folio("fetch").status == 0)
        #expect(try setup.folio("feeds", "list").stdout.contains("2 unread of 3"))
    }

    @Test func aPermanentRedirectRewritesTheFeedsFileAndSaysSo() throws {
        let setup = try Setup()
        let target = "\(setup.server.base)/alpha.xml"
        // A second server whose feed has moved for good to the first one.
        let server = try TestHTTPServer { request in
            request.target == "/old.xml" ? .redirect(target, status: 301) : .body(Array("no".utf8), type: "text/plain", status: 404)
        }
        defer { server.stop() }
        let moved = "\(server.base)/old.xml"
        try "# mine\n\(moved) \"Mine\" tag\n".write(to: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), atomically: true, encoding: .utf8)
        let run = try setup.folio("fetch")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("Moved permanently: \(moved) -> \(setup.server.base)/alpha.xml (feeds file updated)"))
        let file = try String(contentsOf: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), encoding: .utf8)
        #expect(file == "# mine\n\(setup.server.base)/alpha.xml \"Mine\" tag\n")
    }

    @Test func newsboatsExportImportsWithFoldersAsTags() throws {
        let setup = try Setup()
        let opml = setup.folder.appendingPathComponent("newsboat.opml")
        // The shape `newsboat -e` writes (2.21), with a folder as other readers write them.
        try """
        <?xml version="1.0"?>
        <opml version="1.0">
          <head>
            <title>newsboat - Exported Feeds</title>
          </head>
          <body>
            <outline type="rss" xmlUrl="https://example.com/a.xml" htmlUrl="" title="Alpha &amp; Co"/>
            <outline type="rss" xmlUrl="https://example.com/b.xml" htmlUrl="" title=""/>
            <outline title="tech"><outline type="rss" xmlUrl="https://example.com/c.xml" title="C" category="news,/x/deep"/></outline>
            <outline type="rss" xmlUrl="file:///etc/passwd" title="no"/>
          </body>
        </opml>
        """.write(to: opml, atomically: true, encoding: .utf8)
        let run = try setup.folio("feeds", "import", opml.path)
        #expect(run.status == 0)
        #expect(run.stdout == "Imported 3 feed(s); 0 already subscribed\n")
        #expect(run.stderr == "folio: skipped (not http or https): file:///etc/passwd\n")
        let file = try String(contentsOf: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), encoding: .utf8)
        #expect(file == "https://example.com/a.xml \"Alpha & Co\"\nhttps://example.com/b.xml\nhttps://example.com/c.xml \"C\" tech news deep\n")
        let exported = try setup.folio("feeds", "export").stdout
        #expect(exported.contains("<outline type=\"rss\" text=\"Alpha &amp; Co\" title=\"Alpha &amp; Co\" xmlUrl=\"https://example.com/a.xml\"/>"))
        #expect(exported.contains("xmlUrl=\"https://example.com/c.xml\" category=\"tech,news,deep\""))
        #expect(try setup.folio("feeds", "import", "/nonexistent.opml").stderr.hasPrefix("folio: "))
    }

    @Test func rFetchesInTheBackgroundAndOpenedFilesAreListed() throws {
        let setup = try Setup()
        _ = try setup.folio("feeds", "add", "\(setup.server.base)/alpha.xml", "--title", "Alpha")
        // A file read before, with its place saved, is in "Opened files and URLs".
        let article = setup.folder.appendingPathComponent("note.txt")
        try "A Plain Note\n\nThe body of a plain note that was opened by path.\n".write(to: article, atomically: true, encoding: .utf8)
        let reader = setup.environment.filter { $0.key != "PATH" && $0.key != "HOME" }
        let first = try TmuxSession(FolioBinary.command("'\(article.path)'"), width: 100, height: 24, environment: reader)
        try first.waitFor(text: "The body of a plain note")
        try first.send("q")
        #expect(try first.waitForExit() == 0)
        let session = try TmuxSession(FolioBinary.command(""), width: 100, height: 24, environment: reader)
        try session.waitFor(text: "No articles yet")
        try session.send("r")
        try session.waitFor(text: "Library · 3 unread of 3")
        try session.waitFor(text: "Fetched 1 of 1 feeds: 3 new")
        try session.send("Tab", "j", "j", "j")
        let rows = try session.waitFor(text: "A Plain Note")
        #expect(rows.contains { $0.contains("A Plain Note") && $0.contains("file") })
        try session.send("Tab", "Enter")
        try session.waitFor(text: "The body of a plain note")
        try session.send("q")
        try session.waitFor(text: "Library · 3 unread of 3")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func onATerminalFetchDrawsABarThenOneSummaryLine() throws {
        let setup = try Setup()
        try "\(setup.server.base)/alpha.xml\n\(setup.server.base)/slow.xml\n\(setup.server.base)/gone.xml\n".write(
            to: URL(fileURLWithPath: setup.environment["FOLIO_FEEDS"]!), atomically: true, encoding: .utf8)
        let reader = setup.environment.filter { $0.key != "PATH" && $0.key != "HOME" }
        let session = try TmuxSession(FolioBinary.command("fetch --jobs 1"), width: 100, height: 10, environment: reader)
        // One feed at a time and a slow one: the bar is seen before the end.
        let bar = try session.waitFor(text: "feeds, ")
        #expect(bar.contains { $0.hasPrefix("[") && $0.contains("/3 feeds,") })
        #expect(try session.waitForExit(seconds: 20) == 1)
        let rows = try session.screen().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.contains("failed: \(setup.server.base)/gone.xml: HTTP 404 Not Found"))
        #expect(rows.contains("Fetched 2 of 3 feeds: 4 new article(s), 1 failed"))
        #expect(!rows.contains { $0.contains("[#") || $0.contains("[-") }, "\(rows)")
    }
}
