import Testing
@testable import HighlightStore

/// The state keeps only the latest position per article, and still answers as if it kept them all.
@Suite struct PositionTests {
    private static func anchor(_ n: Int) -> QuoteAnchor {
        QuoteAnchor(section: n % 3, heading: nil, exact: "at \(n)", prefix: "", suffix: "", start: n, end: n + 4)
    }

    @Test func latestMatchingPositionWinsAsOverEveryRecord() {
        let paths = ["a.txt", "b.txt", "c.txt"]
        let prints = ["1", "2", "3"].map { String(repeating: $0, count: 64) }
        var random = HostileStoreTests.SplitMix(state: 0x5EED)
        for round in 0..<200 {
            var records: [StoreRecord] = []
            for n in 0..<Int(random.next() % 40) {
                let article = ArticleIdentity(
                    path: paths[Int(random.next() % 3)], title: random.next() % 2 == 0 ? nil : "T\(n)",
                    fingerprint: prints[Int(random.next() % 3)]
                )
                records.append(.position(Self.anchor(n), in: article, at: "2026-01-01T00:00:00Z"))
            }
            let state = StoreState(records: records.enumerated().map { ($1, $0 + 1) })
            #expect(state.counts[.position] == (records.isEmpty ? nil : records.count), "round \(round)")
            for path in paths + ["other.txt"] {
                for print in prints + [String(repeating: "9", count: 64)] {
                    let query = ArticleIdentity(path: path, title: nil, fingerprint: print)
                    let expected = records.last { query.matches($0.article!) }?.anchor
                    #expect(state.position(in: query) == expected, "round \(round) \(path)")
                }
            }
            // Kept: the last record of each (path, fingerprint), in file order.
            let kept = records.enumerated().filter { index, record in
                !records[(index + 1)...].contains {
                    $0.article!.path == record.article!.path && $0.article!.fingerprint == record.article!.fingerprint
                }
            }.map(\.element)
            #expect(state.positions == kept, "round \(round)")
        }
    }
}
