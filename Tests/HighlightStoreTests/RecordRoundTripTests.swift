import Foundation
import Testing
@testable import HighlightStore

@Suite struct RecordRoundTripTests {
    static let tricky = "He said \"no\" \\ then\nleft\ttab \u{1B}[31m \u{7F} \u{2028} é 漢字 🙂"

    static func everyKind() -> [StoreRecord] {
        let target = UUID().uuidString
        let article = ArticleIdentity(path: "dir/with \"quotes\"/a.txt", title: nil, fingerprint: Samples.article.fingerprint)
        let anchor = QuoteAnchor(section: 1, heading: tricky, exact: tricky, prefix: "", suffix: "s", start: 3, end: 40)
        let time = "2025-03-01T09:30:00Z"
        return [
            StoreRecord(id: target, kind: .highlight, created: time, updated: time, article: article, anchor: anchor, note: tricky),
            .highlight(Samples.anchor("harbour"), in: Samples.article),
            .bookmark(QuoteAnchor(point: 1, offset: 4, in: Samples.bodies)!, in: Samples.article, note: "later"),
            .position(QuoteAnchor(point: 0, offset: 0, in: Samples.bodies)!, in: Samples.article),
            .note(tricky, for: target, at: time),
            .note(nil, for: target),
            .delete(target),
            .undelete(target),
            .mark("https://news.example/a", read: true),
            .mark("feed:https://news.example/feed#7", read: false),
            .allRead(feed: "https://news.example/feed"),
        ]
    }

    @Test func everyKindSurvivesWriteAndRead() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var store = AnnotationStore(path: path)
        let records = Self.everyKind()
        for record in records { try store.append(record) }

        let reread = try AnnotationStore.load(path: path)
        #expect(JournalParser.parse(bytes(of: path)).lines.map(\.record) == records.map(Optional.some))
        #expect(reread.lineCount == records.count)
        #expect(reread.state == StoreState(records: records.enumerated().map { ($1, $0 + 1) }))
        #expect(reread.problems.isEmpty)
        #expect(Set(records.map(\.kind)) == Set(RecordKind.allCases))
    }

    @Test func eachRecordIsOneLineWithVersionAndUTCTimes() throws {
        for record in Self.everyKind() {
            let line = String(decoding: JSONLine.encode(record), as: UTF8.self)
            #expect(!line.contains("\n") && !line.contains("\u{1B}") && !line.contains("\u{2028}"))
            #expect(line.hasPrefix("{\"v\":1,\"id\":\"\(record.id)\",\"kind\":\"\(record.kind.rawValue)\""))
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["v"] as? Int == 1)
        }
        let now = RecordTime.now()
        #expect(now.hasSuffix("Z") && now.count == 20)
    }

    @Test func theFoldAppliesNotesDeletesAndUndeletes() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let highlight = Samples.highlight("harbour reopened", note: "first")
        try store.append(highlight)
        try store.append(.note("second", for: highlight.id, at: "2030-01-01T00:00:00Z"))
        #expect(store.state.annotation(id: highlight.id)?.note == "second")
        #expect(store.state.annotation(id: highlight.id)?.updated == "2030-01-01T00:00:00Z")

        try store.append(.delete(highlight.id))
        #expect(store.highlights(in: Samples.article, bodies: Samples.bodies).isEmpty)
        #expect(store.state.annotation(id: highlight.id)?.isDeleted == true)

        try store.append(.undelete(highlight.id))
        try store.append(.note("", for: highlight.id))
        let listed = store.highlights(in: Samples.article, bodies: Samples.bodies)
        #expect(listed.map(\.id) == [highlight.id])
        #expect(listed.first?.annotation.note == nil)
        #expect(listed.first?.resolved.method == .offsets)
    }

    @Test func aRetriedRecordCountsOnce() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let record = Samples.highlight("storms")
        try store.append(record)
        try store.append(record)
        #expect(store.lineCount == 2)
        #expect(store.state.annotations.count == 1)
        #expect(try store.compact() == 1)
        #expect(store.lineCount == 1)
    }

    @Test func bookmarksAndLatestPositionPerArticle() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let other = ArticleIdentity(path: "other.txt", title: nil, fingerprint: String(repeating: "1", count: 64))
        try store.append(.position(QuoteAnchor(point: 0, offset: 10, in: Samples.bodies)!, in: Samples.article))
        try store.append(.position(QuoteAnchor(point: 1, offset: 5, in: Samples.bodies)!, in: Samples.article))
        try store.append(.position(QuoteAnchor(point: 0, offset: 2, in: Samples.bodies)!, in: other))
        #expect(store.position(in: Samples.article, bodies: Samples.bodies)?.section == 1)
        #expect(store.position(in: Samples.article, bodies: Samples.bodies)?.start == 5)

        let bookmark = StoreRecord.bookmark(QuoteAnchor(point: 1, offset: 0, in: Samples.bodies)!, in: Samples.article)
        try store.append(bookmark)
        #expect(store.bookmarks(in: Samples.article, bodies: Samples.bodies).map(\.id) == [bookmark.id])
        try store.append(.delete(bookmark.id))
        #expect(store.bookmarks(in: Samples.article, bodies: Samples.bodies).isEmpty)

        #expect(try store.compact() == 1)
        #expect(store.state.counts[.position] == 2)
        #expect(store.position(in: Samples.article, bodies: Samples.bodies)?.start == 5)
    }

    @Test func pendingRecordsShowUntilSaved() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = AnnotationStore(path: folder.file("h.jsonl"))
        let pending = [Samples.highlight("mayor promised")]
        let shown = store.highlights(in: Samples.article, bodies: Samples.bodies, pending: pending)
        #expect(shown.map(\.id) == pending.map(\.id))
        #expect(shown.first?.resolved.range == SectionRange(section: 1, start: 56, end: 70))
    }
}

/// Read marks: an article's own mark, a feed's "all read", and which wins.
struct ReadMarksTests {
    @Test func laterRecordsWinBetweenArticleAndFeedMarks() {
        let feed = "https://news.example/feed"
        let records: [StoreRecord] = [
            .mark("https://news.example/a", read: true, at: "2026-01-01T00:00:00Z"),
            .mark("https://news.example/b", read: true, at: "2026-01-01T00:00:01Z"),
            .allRead(feed: feed, at: "2026-01-02T00:00:00Z"),
            .mark("https://news.example/b", read: false, at: "2026-01-03T00:00:00Z"),
        ]
        let marks = StoreState(records: records.enumerated().map { ($1, $0 + 1) }).readMarks
        // Seen before the feed mark: read, unless marked unread after it.
        #expect(marks.isRead(key: "https://news.example/a", feedURL: feed, firstSeen: "2026-01-01T12:00:00Z") == true)
        #expect(marks.isRead(key: "https://news.example/b", feedURL: feed, firstSeen: "2026-01-01T12:00:00Z") == false)
        #expect(marks.isRead(key: "https://news.example/c", feedURL: feed, firstSeen: "2026-01-01T12:00:00Z") == true)
        // Arrived after the feed mark: no word on it.
        #expect(marks.isRead(key: "https://news.example/d", feedURL: feed, firstSeen: "2026-01-02T00:00:01Z") == nil)
        #expect(marks.isRead(key: "https://news.example/a", feedURL: "https://other.example/", firstSeen: "2026-01-01T12:00:00Z") == true)
    }
}
