import Testing
@testable import HighlightStore

/// The latest position per article: found again after the table grows, replaced in place, compared in any order.
@Suite struct PositionTableTests {
    static func article(_ n: Int) -> ArticleIdentity {
        ArticleIdentity(path: "news/\(n % 300).txt", title: nil, fingerprint: "fp\(n % 7)")
    }

    static func record(_ n: Int) -> StoreRecord {
        var record = StoreRecord.position(
            QuoteAnchor(section: 0, heading: nil, exact: "x\(n)", prefix: "", suffix: "", start: n, end: n + 1), in: article(n), at: "t"
        )
        record.id = "p\(n)"
        return record
    }

    @Test func keepsTheLatestOfEachArticle() {
        var table = PositionTable()
        var expected: [String: (order: Int, record: StoreRecord)] = [:]
        for n in 0..<3000 {
            let record = Self.record(n)
            if n % 2 == 0 {
                table.set(Self.article(n), order: n, position: StoredPosition(record))
            } else {
                let line = JSONLine.encode(record)
                line.withUnsafeBufferPointer { table.set(Self.article(n), order: n, line: $0) }
            }
            expected["\(n % 300) \(n % 7)"] = (n, record)
        }
        #expect(table.entries.count == expected.count)
        for entry in table.entries {
            let wanted = expected["\(entry.article.path.dropFirst(5).dropLast(4)) \(entry.article.fingerprint.dropFirst(2))"]
            #expect(entry.order == wanted?.order)
            #expect(entry.position.record == wanted?.record)
        }
    }

    @Test func equalityIgnoresOrderOfArticlesAndHowAPositionIsKept() {
        var forward = PositionTable()
        var backward = PositionTable()
        for n in 0..<50 { forward.set(Self.article(n), order: n, position: StoredPosition(Self.record(n))) }
        for n in (0..<50).reversed() {
            let line = JSONLine.encode(Self.record(n))
            line.withUnsafeBufferPointer { backward.set(Self.article(n), order: n, line: $0) }
        }
        let same = forward == backward
        #expect(same)
        backward.set(Self.article(3), order: 3, position: StoredPosition(Self.record(4)))
        let changed = forward == backward
        #expect(!changed)
        var more = forward
        more.set(Self.article(1000), order: 1000, position: StoredPosition(Self.record(1000)))
        let longer = forward == more
        #expect(!longer)
    }
}
