/// Tells an index page (a list of teasers linking to articles) from an article.
enum IndexPages {
    /// Whether the chosen content reads like a list of links rather than an article: mostly
    /// link text, or at least four headings of which most link to other pages of the site.
    static func looksLikeIndex(_ tree: HTMLTree, roots: [Int], removed: [Bool], stats: TextStats, baseURL: String?) -> Bool {
        let length = roots.reduce(0) { $0 + stats.length[$1] }
        let links = roots.reduce(0) { $0 + stats.linkLength[$1] }
        if length > 0, Double(links) / Double(length) > 0.5 { return true }
        var headings = 0, linkHeadings = 0
        for root in roots {
            for index in [root] + tree.descendants(of: root) where !removed[index] {
                guard ["h1", "h2", "h3", "h4"].contains(tree.nodes[index].name) else { continue }
                headings += 1
                if linksWithinSite(tree, heading: index, stats: stats, baseURL: baseURL) { linkHeadings += 1 }
            }
        }
        return linkHeadings >= 4 && linkHeadings * 2 >= headings
    }

    /// Whether a heading is a teaser's link: almost all link text, to a page of this site.
    /// A link to a place in this page (a documentation page's headings link to themselves)
    /// or to another site (a review's headings name products, linked to their makers) is not.
    /// With no page URL known, any link to another page counts.
    static func linksWithinSite(_ tree: HTMLTree, heading: Int, stats: TextStats, baseURL: String?) -> Bool {
        guard stats.linkDensity(heading) > 0.8 else { return false }
        guard let link = tree.descendants(of: heading).first(where: { tree.nodes[$0].name == "a" }),
              let href = tree.nodes[link].attribute("href") else { return true }
        let target = URLReference(href)
        if target.scheme == nil, target.authority == nil, target.path.isEmpty { return false }
        guard let host = target.authority.map(siteName), let base = baseURL.flatMap({ URLReference($0).authority }) else { return true }
        return host == siteName(base)
    }

    /// The site an authority belongs to: its host's last two labels, lower-cased ("sport.example.cz"
    /// and "www.example.cz" are one site), without user or port.
    static func siteName(_ authority: String) -> String {
        var host = Substring(authority.lowercased())
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = host[..<colon] }
        return host.split(separator: ".").suffix(2).joined(separator: ".")
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
