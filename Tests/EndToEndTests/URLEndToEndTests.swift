import Foundation
import Testing

/// Pages by URL through the real binary, from a server the test starts on 127.0.0.1.
@Suite struct URLEndToEndTests {
    /// A folder holding the explainer page, a server on it, and a cache folder.
    struct Site {
        let folder: URL
        let server: LocalPageServer
        let environment: [String: String]

        init() throws {
            folder = try makeTemporaryFolder("folio-url")
            try FileManager.default.copyItem(at: LegacyStoreTests.fixtures.appendingPathComponent("explainer.html"),
                                             to: folder.appendingPathComponent("explainer.html"))
            server = try LocalPageServer(serving: folder)
            var environment = ProcessInfo.processInfo.environment
            environment["FOLIO_CACHE"] = folder.appendingPathComponent("cache").path
            environment["FOLIO_STORE"] = folder.appendingPathComponent("store.jsonl").path
            // The server is local: no proxy of the machine's may stand in the way.
            environment["NO_PROXY"] = "127.0.0.1,localhost"
            environment["no_proxy"] = "127.0.0.1,localhost"
            self.environment = environment
        }

        /// The variables the reader in tmux needs (the rest comes from tmux's own environment).
        var readerEnvironment: [String: String] {
            environment.filter { ["FOLIO_CACHE", "FOLIO_STORE", "NO_PROXY", "no_proxy"].contains($0.key) }
        }

        func remove() {
            server.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test func dumpFetchesAPageThenReadsItsCachedCopyWhenTheServerIsGone() throws {
        let site = try Site()
        defer { site.remove() }
        let url = site.server.url("explainer.html")
        let online = try ChildProcess.run([FolioBinary.path, "dump", url], environment: site.environment)
        #expect(online.status == 0, "\(online.stderr)")
        #expect(online.stdout.hasPrefix("# Five questions about the harbour tunnel\n"))
        #expect(online.stdout.contains("## How much will it cost?"))
        #expect(online.stderr.isEmpty)
        site.server.stop()
        let offline = try ChildProcess.run([FolioBinary.path, "dump", url], environment: site.environment)
        #expect(offline.status == 0)
        #expect(offline.stdout == online.stdout)
        #expect(offline.stderr.contains("offline"), "\(offline.stderr)")
    }

    @Test func aMissingPageIsOneLineAndStatusOne() throws {
        let site = try Site()
        defer { site.remove() }
        let run = try ChildProcess.run([FolioBinary.path, "dump", site.server.url("missing.html")], environment: site.environment)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "folio: \(site.server.url("missing.html")): HTTP 404 Not Found\n")
    }

    @Test func otherSchemesAreRefused() throws {
        let run = try ChildProcess.run([FolioBinary.path, "dump", "ftp://127.0.0.1/article.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "folio: ftp://127.0.0.1/article.txt: only http and https URLs are opened\n")
    }

    @Test func theReaderShowsAFetchedPageAsPanesAndKeepsItsHighlightsOffline() throws {
        let site = try Site()
        defer { site.remove() }
        let url = site.server.url("explainer.html")
        let tmux = try TmuxSession(FolioBinary.command("'\(url)'"), environment: site.readerEnvironment)
        let first = try tmux.waitFor(text: "Lead · ").joined(separator: "\n")
        #expect(first.contains("published plan[1]"))
        try tmux.send("3")
        try tmux.waitFor(text: "Question 3 of 4")
        try tmux.send("h")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        site.server.stop()
        let again = try TmuxSession(FolioBinary.command("'\(url)'"), environment: site.readerEnvironment)
        let screen = try again.waitFor(text: "Question 3 of 4").joined(separator: "\n")
        #expect(screen.contains("offline"))
        try again.send("H")
        let list = try again.waitFor(text: "Highlights (1)").joined(separator: "\n")
        #expect(list.contains("If work begins on schedule"))
        try again.send("Escape")
        try again.send("q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func capitalOReadsALinkedPageInFolioAndBackspaceComesBack() throws {
        let site = try Site()
        defer { site.remove() }
        try "# Start here\n\nThe harbour tunnel is explained in [the explainer](explainer.html), with its costs.\n"
            .write(to: site.folder.appendingPathComponent("start.md"), atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(FolioBinary.command("'\(site.server.url("start.md"))'"), environment: site.readerEnvironment)
        try tmux.waitFor(text: "the explainer[1]")
        try tmux.send("L")
        try tmux.waitFor(text: "Links (1)")
        try tmux.send("O")
        let linked = try tmux.waitFor(text: "Folio · Five questions about the harbour tunnel").joined(separator: "\n")
        #expect(linked.contains("4 Who is against it?"))
        try tmux.send("BSpace")
        let back = try tmux.waitFor(text: "Back to").joined(separator: "\n")
        #expect(back.contains("the explainer[1]"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
