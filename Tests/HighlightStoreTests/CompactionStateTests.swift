import Foundation
import Testing
@testable import HighlightStore

/// `compact(backup:)` keeps the store's state exactly and the old bytes in the backup.
@Suite struct CompactionStateTests {
    /// Another article, so positions of two articles are kept apart.
    static let other = ArticleIdentity(path: "news/other.txt", title: "Other", fingerprint: String(repeating: "a1", count: 32))

    @Test func aCompactedStoreHasTheSameStateAndTheOldBytesStayInTheBackup() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = Samples.highlight("storms", note: "one")
        let second = Samples.highlight("mayor")
        let bookmark = StoreRecord.bookmark(Samples.anchor("repairs"), in: Samples.article)
        let point = { (offset: Int) in QuoteAnchor(point: 0, offset: offset, in: Samples.bodies)! }
        let records: [StoreRecord] = [
            .note("too early", for: first.id, at: "2026-12-01T00:00:00Z"),   // before its item: ignored, kept
            first, second, bookmark,
            .position(point(1), in: Samples.article, at: "2026-12-01T00:00:01Z"),
            .note("two", for: first.id, at: "2026-12-01T00:00:02Z"),
            .note("three", for: first.id, at: "2026-12-01T00:00:03Z"),        // the note that stands
            .delete(second.id, at: "2026-12-01T00:00:04Z"),
            .undelete(second.id, at: "2026-12-01T00:00:05Z"),
            .delete(second.id, at: "2026-12-01T00:00:06Z"),                   // deleted in the end: still kept
            .position(point(5), in: Self.other, at: "2026-12-01T00:00:07Z"),
            .position(point(9), in: Samples.article, at: "2026-12-01T00:00:08Z"),
            .delete(bookmark.id, at: "2026-12-01T00:00:09Z"),
            .undelete(bookmark.id, at: "2026-12-01T00:00:10Z"),
        ]
        let original: [UInt8] = records.flatMap { (record: StoreRecord) -> [UInt8] in JSONLine.encode(record) + [0x0A] }
        let path = try folder.write("h.jsonl", original)
        var store = try AnnotationStore.load(path: path)
        let before = store.state

        // Superseded: one position, the note "two", two delete/undelete edits of `second`, one of the bookmark.
        #expect(try store.compactionEstimate() == (lines: 14, dropped: 5))
        #expect(try store.compact(backup: path + ".bak") == 5)
        #expect(bytes(of: path + ".bak") == original)
        let after = try AnnotationStore.load(path: path)
        #expect(after.state.annotations == before.annotations)
        #expect(after.state.position(in: Samples.article) == before.position(in: Samples.article))
        #expect(after.state.position(in: Self.other) == before.position(in: Self.other))
        #expect(after.state.annotation(id: first.id)?.note == "three")
        #expect(after.state.annotation(id: second.id)?.isDeleted == true)
        #expect(after.lineCount == 9)
        // Compacting again finds nothing more.
        var again = after
        #expect(try again.compact() == 0)
    }
}
