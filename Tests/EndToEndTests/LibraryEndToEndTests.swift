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
}
