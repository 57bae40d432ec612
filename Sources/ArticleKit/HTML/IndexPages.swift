/// Tells an index page (a list of teasers linking to articles) from an article.
enum IndexPages {
    /// Whether the chosen content reads like a list of links rather than an article: mostly
    /// link text, or at least four headings of which most are links.
    static func looksLikeIndex(_ tree: HTMLTree, roots: [Int], removed: [Bool], stats: TextStats) -> Bool {
        let length = roots.reduce(0) { $0 + stats.length[$1] }
        let links = roots.reduce(0) { $0 + stats.linkLength[$1] }
        if length > 0, Double(links) / Double(length) > 0.5 { return true }
        var headings = 0, linkHeadings = 0
        for root in roots {
            for index in [root] + tree.descendants(of: root) where !removed[index] {
                guard ["h1", "h2", "h3", "h4"].contains(tree.nodes[index].name) else { continue }
                headings += 1
                if stats.linkDensity(index) > 0.8 { linkHeadings += 1 }
            }
        }
        return linkHeadings >= 4 && linkHeadings * 2 >= headings
    }

    /// Whether the content has enough text to be an article: 140 characters, one paragraph of 80
    /// (counted as ``ReadingLength``, so CJK text is not held to a spaced script's lengths).
    static func hasArticleText(_ blocks: [Block]) -> Bool {
        var total = 0
        var longest = 0
        for block in blocks where block.kind != .image && block.kind != .rule {
            let length = ReadingLength.of(block.text)
            total += length
            if block.kind != .heading { longest = max(longest, length) }
        }
        return total >= 140 && longest >= 80
    }
}
