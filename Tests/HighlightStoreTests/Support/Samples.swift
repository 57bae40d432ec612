import HighlightStore

/// Small articles and records shared by the tests.
enum Samples {
    static let article = ArticleIdentity(path: "news/today.txt", title: "Today", fingerprint: String(repeating: "0f", count: 32))

    static let bodies = SectionBodies(
        bodies: [
            "The harbour reopened on Monday after a week of storms.\nFishermen said the damage was worse than in 2019.",
            "The port authority said repairs would take a month.\nThe mayor promised help for the families affected.",
        ],
        headings: [nil, "What happens next?"]
    )

    /// An anchor for the first occurrence of `quote` in `bodies`.
    static func anchor(_ quote: String, in bodies: SectionBodies = bodies) -> QuoteAnchor {
        let range = bodies.occurrences(of: quote)[0]
        return QuoteAnchor(range, in: bodies)!
    }

    static func highlight(_ quote: String, note: String? = nil) -> StoreRecord {
        .highlight(anchor(quote), in: article, note: note)
    }
}
