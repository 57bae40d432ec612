import Testing
@testable import HighlightStore

/// Opening a store (``StoreFold``, with its fast paths for edits and positions in
/// ``JSONLine``'s layout) against folding every line the general reader decodes:
/// the same state, positions, counts and kept lines, on random stores.
@Suite struct FoldDifferentialTests {
    typealias Random = HostileStoreTests.SplitMix

    static let articles = [
        ArticleIdentity(path: "a.txt", title: "A", fingerprint: "fa"),
        ArticleIdentity(path: "a.txt", title: "A, renamed", fingerprint: "fa"),
        ArticleIdentity(path: "a.txt", title: nil, fingerprint: "fb"),
        ArticleIdentity(path: "moved/a.txt", title: "A", fingerprint: "fa"),
        ArticleIdentity(path: "b\u{FEFF}\"x\".txt", title: "B \\ \u{1B}", fingerprint: "fc"),
    ]

    /// One line of a random store: records of every kind with ids from a small pool
    /// (repeats, unknown targets), ids in and out of ``RecordID``'s form, escaped
    /// ids, lines out of the layout and lines that are no records.
    static func line(_ random: inout Random, pool: [String]) -> [UInt8] {
        let id = pool.randomElement(using: &random)!
        let target = pool.randomElement(using: &random)!
        let article = articles.randomElement(using: &random)!
        let anchor = QuoteAnchor(
            section: Int.random(in: 0...3, using: &random), heading: Bool.random(using: &random) ? nil : "H",
            exact: ["x", "a quote of some length", "漢字\n"].randomElement(using: &random)!, prefix: "p", suffix: "s",
            start: Int.random(in: 0...50, using: &random), end: 60
        )
        let time = "2026-11-29T04:1\(Int.random(in: 0...9, using: &random)):00Z"
        let note: String? = [nil, "", "a note", "my note \u{0}"].randomElement(using: &random)!
        var record: StoreRecord = switch Int.random(in: 0..<6, using: &random) {
        case 0: .highlight(anchor, in: article, note: note, at: time)
        case 1: .bookmark(anchor, in: article, note: note, at: time)
        case 2: .position(anchor, in: article, at: time)
        case 3: .note(note, for: target, at: time)
        case 4: .delete(target, at: time)
        default: .undelete(target, at: time)
        }
        record.id = id
        var text = String(decoding: JSONLine.encode(record), as: UTF8.self)
        switch Int.random(in: 0..<20, using: &random) {
        case 0: text = text.replacingOccurrences(of: "\"id\":\"", with: "\"id\": \"")  // out of the layout
        case 1: text = text.replacingOccurrences(of: "-", with: "\\u002D")  // escaped dashes in ids and times
        case 2: text = text.replacingOccurrences(of: "\"kind\"", with: "\"kin\"")  // no record
        case 3: text = String(text.dropLast(Int.random(in: 1...4, using: &random)))  // cut: not JSON
        case 4: text = text.replacingOccurrences(of: "\"v\":1", with: "\"v\":2")  // foreign
        default: break
        }
        return Array(text.utf8)
    }

    @Test func openingFoldsLikeTheGeneralReader() {
        var random = Random(state: 0x464F_4C44)  // "FOLD"
        for round in 0..<20 {
            let pool = (0..<Int.random(in: 3...40, using: &random)).map { n in n % 5 == 0 ? "id\(n)" : RecordID.random() }
            let lines = (0..<Int.random(in: 0...400, using: &random)).map { _ in Self.line(&random, pool: pool) }
            var file: [UInt8] = []
            for line in lines { file += line + [0x0A] }

            var parser = JournalParser(into: StoreFold(), sharingStrings: true)
            let used = file.withUnsafeBufferPointer { parser.feed($0) }
            #expect(used == file.count)
            let fold = parser.sink

            var reference = StoreState()
            var kept = 0
            for (index, line) in lines.enumerated() {
                if case .record(let record) = RecordDecoding.decode(line[...], canonicalFirst: false) {
                    reference.apply(record, line: index + 1)
                } else {
                    kept += 1
                }
            }
            #expect(fold.state == reference, "round \(round)")
            #expect(fold.state.positions == reference.positions, "round \(round)")
            #expect(fold.state.counts == reference.counts, "round \(round)")
            for article in Self.articles {
                #expect(fold.state.position(in: article) == reference.position(in: article), "round \(round)")
            }
            #expect(fold.lineCount == lines.count)
            #expect(fold.keptLines.count == kept)
        }
    }
}
