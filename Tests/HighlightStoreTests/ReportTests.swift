import ArticleKit
import Foundation
import Testing
import HighlightStore

/// What `folio highlights` and `folio doctor` print, built from a real store and article.
@Suite struct ReportTests {
    static let text = """
        Harbour reopens

        The harbour reopened on Monday after a week of storms.

        What happens next?

        The port authority said repairs would take a month.

        Source: Local Gazette

        """

    /// A store with one found and one orphaned highlight of an article on disk.
    static func fixture(_ folder: TempFolder) throws -> (AnnotationStore, LoadedArticle) {
        let path = try folder.write("article.txt", text)
        let loaded = try ArticleLoader.load(path: path)
        let bodies = SectionBodies(document: loaded.document)
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let identity = ArticleIdentity(loaded)
        let found = QuoteAnchor(bodies.occurrences(of: "repairs would take a month")[0], in: bodies)!
        try store.append(.highlight(found, in: identity, note: "Note with \u{1B}]52;c;aGk=\u{07} escape"))
        let gone = QuoteAnchor(section: 0, heading: nil, exact: "a sentence the editor removed entirely", prefix: "", suffix: "", start: 0, end: 38)
        try store.append(.highlight(gone, in: identity))
        return (store, loaded)
    }

    @Test func markdownHasTitleQuotesSectionsNotesAndOrphans() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (store, loaded) = try Self.fixture(folder)
        let output = HighlightFormat.markdown.render([HighlightGroup.of(loaded, in: store.state)])
        let expected = """
            # \(loaded.displayTitle)

            > repairs would take a month

            *What happens next?*

            Note with ␛]52;c;aGk=␇ escape

            ## Orphaned highlights

            > a sentence the editor removed entirely

            *Lead*

            """
        #expect(output == expected)
    }

    @Test func noControlCharacterIsEverPrinted() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (store, loaded) = try Self.fixture(folder)
        let groups = [HighlightGroup.of(loaded, in: store.state)]
        for format in [HighlightFormat.text, .markdown, .json] {
            let output = format.render(groups)
            let controls = output.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "\(format) printed a control character")
        }
        let json = try JSONSerialization.jsonObject(with: Data(HighlightFormat.json.render(groups).utf8)) as? [[String: Any]]
        #expect(json?.map { $0["status"] as? String } == ["offsets", "orphaned"])
        #expect(json?.first?["note"] as? String == "Note with \u{1B}]52;c;aGk=\u{07} escape")
    }

    @Test func allArticlesAreGroupedAndMissingOnesAreListedUnchecked() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var (store, loaded) = try Self.fixture(folder)
        let elsewhere = ArticleIdentity(path: folder.file("gone.txt"), title: "Gone", fingerprint: String(repeating: "9", count: 64))
        try store.append(.highlight(Samples.anchor("storms"), in: elsewhere))
        let groups = HighlightGroup.all(in: store.state) { try? ArticleLoader.load(path: $0) }
        #expect(groups.map(\.entries.count) == [2, 1])
        #expect(groups.map(\.wasChecked) == [true, false])
        #expect(groups[0].article.fingerprint == ArticleIdentity(loaded).fingerprint)
        let text = HighlightFormat.text.render(groups)
        #expect(text.contains("  2. [orphaned] Lead: \u{201C}a sentence the editor removed entirely\u{201D}\n"))
        #expect(text.contains("(article not found at this path: highlights not checked)"))
    }

    @Test func doctorReportsCountsBadLinesOrphansAndSymlinks() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (store, _) = try Self.fixture(folder)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("garbage\n{\"v\":1,\"id\":\"s\",\"kind\":\"sticker\"}\n{\"v\":1,\"id".utf8))
        try handle.close()
        let link = folder.file("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: store.path)

        let checkup = StoreCheckup(try AnnotationStore.load(path: link)) { try? ArticleLoader.load(path: $0) }
        #expect(!checkup.isHealthy)
        let report = checkup.report
        #expect(report.contains("Note: the store path is a symbolic link to \(store.path) (followed)."))
        #expect(report.contains("Records: highlight 2, bookmark 0, position 0, note 0, delete 0, undelete 0, read 0, unread 0, allread 0"))
        #expect(report.contains("Kept from a newer Folio (not understood): sticker 1"))
        #expect(report.contains("Bad line: line 3: not valid JSON (kept as is)"))
        #expect(report.contains("Bad line: line 5: interrupted write, no newline at the end (skipped)"))
        #expect(report.contains { $0.hasPrefix("Orphaned highlight (line 2): \u{201C}a sentence") })
        #expect(report.last == "Problems found: 2 bad lines, 1 orphaned highlights")
    }

    @Test func doctorIsHappyWithAHealthyOrMissingStore() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let missing = StoreCheckup(try AnnotationStore.load(path: folder.file("none.jsonl"))) { _ in nil }
        #expect(missing.isHealthy && missing.report.last?.hasPrefix("No store file yet") == true)
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        try store.append(Samples.highlight("storms"))
        let healthy = StoreCheckup(store) { _ in nil }
        #expect(healthy.isHealthy && healthy.report.last == "OK")
    }
}
