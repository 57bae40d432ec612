import Testing
@testable import HighlightStore

/// Grouping highlights by article: the linear version gives the groups the first, quadratic one gave.
@Suite struct HighlightGroupingTests {
    typealias SplitMix = HostileStoreTests.SplitMix

    /// The first implementation: join the first bucket with any member of the same fingerprint or path.
    static func reference(_ annotations: [Annotation]) -> [[Annotation]] {
        var buckets: [[Annotation]] = []
        for annotation in annotations {
            if let index = buckets.firstIndex(where: { $0.contains { $0.article.matches(annotation.article) } }) {
                buckets[index].append(annotation)
            } else {
                buckets.append([annotation])
            }
        }
        return buckets
    }

    @Test func groupsMatchTheReferenceOnRandomStores() {
        for seed in 0..<500 {
            var random = SplitMix(state: UInt64(seed))
            let paths = Int.random(in: 1...6, using: &random), prints = Int.random(in: 1...6, using: &random)
            var annotations: [Annotation] = []
            for n in 0..<Int.random(in: 0...40, using: &random) {
                let article = ArticleIdentity(
                    path: "p\(Int.random(in: 0..<paths, using: &random))", title: nil,
                    fingerprint: "f\(Int.random(in: 0..<prints, using: &random))")
                annotations.append(Annotation(
                    id: "id\(n)", kind: .highlight, article: article, anchor: Samples.anchor("harbour"), note: nil,
                    created: "", updated: "", isDeleted: false, line: n))
            }
            let ids = { (groups: [[Annotation]]) in groups.map { $0.map(\.id) } }
            if ids(HighlightGroup.buckets(of: annotations)) != ids(Self.reference(annotations)) {
                Issue.record("seed \(seed)")
                return
            }
        }
    }
}
