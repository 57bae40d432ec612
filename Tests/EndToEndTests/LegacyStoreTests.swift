import Foundation
import Testing

/// A store written by the last build before documents (Fixtures/legacy-store.jsonl:
/// six highlights in the bundled article and a fixture, with notes) opens with
/// every highlight in place, found by the fingerprint of the file's text that
/// stores had then, even after the articles moved.
@Suite struct LegacyStoreTests {
    static let fixtures = FolioBinary.root.appendingPathComponent("Tests/EndToEndTests/Fixtures")

    /// A temporary folder with a copy of the legacy store and the bundled article moved into it.
    struct MovedArticle {
        let folder: URL
        let store: URL
        let article: URL

        init() throws {
            folder = try makeTemporaryFolder("folio-legacy")
            store = folder.appendingPathComponent("store.jsonl")
            try FileManager.default.copyItem(at: LegacyStoreTests.fixtures.appendingPathComponent("legacy-store.jsonl"), to: store)
            article = folder.appendingPathComponent("moved-article.txt")
            try FileManager.default.copyItem(atPath: FolioBinary.article, toPath: article.path)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func everyOldHighlightIsFoundAtItsOffsetsAfterTheArticlesMoved() throws {
        let setup = try MovedArticle()
        defer { setup.remove() }
        let (folder, store, moved) = (setup.folder, setup.store, setup.article)
        let fixture = folder.appendingPathComponent("reefs.txt")
        try FileManager.default.copyItem(at: FolioBinary.root.appendingPathComponent("Tests/ArticleKitTests/Fixtures/sources_author.txt"),
                                         to: fixture)

        var found: [String: String] = [:]
        for (article, count) in [(moved.path, 4), (fixture.path, 2)] {
            let run = try ChildProcess.run([FolioBinary.path, "highlights", article, "--format", "json", "--store", store.path])
            #expect(run.status == 0, "\(run.stderr)")
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(entries.count == count)
            for entry in entries { found[entry["quote"] as? String ?? ""] = entry["status"] as? String }
        }
        #expect(found == [
            "Chinese leader Xi Jinping is on a three-day visit to Russia": "offsets",
            "close strategic partners": "offsets",
            "baked pancakes and drank a glass of vodka": "offsets",
            "lifeline": "offsets",
            "Marine Institute annual survey": "offsets",
            "Scientists say": "offsets",
        ])
    }

    @Test func theReaderOpensAMovedArticleWithItsOldHighlightsDrawn() throws {
        let setup = try MovedArticle()
        defer { setup.remove() }
        let (store, moved) = (setup.store, setup.article)
        let session = try TmuxSession(FolioBinary.command("'\(moved.path)'"), environment: ["FOLIO_STORE": store.path])
        try session.waitFor(text: "Lead · ")
        try session.send("H")
        let list = try session.waitFor(text: "Highlights (4)")
        #expect(list.joined(separator: "\n").contains("Note: 笔记"))
        try session.send("Escape")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }
}
