/// Headings that sit just before the article's container: pages often put the
/// article's subtitle or first section heading (an h2-h4, or a box holding only
/// headings below h1) right before the element that holds its paragraphs, with at
/// most a short line (a date, a byline) between, so no score ever reaches them.
/// A heading that repeats the page's title is left out.
enum LeadingHeadings {
    /// How many element siblings before the first root are looked at.
    static let reach = 3

    /// `roots` with the heading-only siblings just before the first root put in front.
    static func roots(_ tree: HTMLTree, _ roots: [Int], removed: [Bool], stats: TextStats, title: String?) -> [Int] {
        guard let first = roots.first else { return roots }
        let parent = tree.nodes[first].parent
        guard parent > 0 else { return roots }
        let children = tree.nodes[parent].children.filter { !removed[$0] && (!tree.nodes[$0].isText || stats.length[$0] > 1) }
        guard let position = children.firstIndex(of: first) else { return roots }
        var added: [Int] = []
        var looked = 0
        var index = position - 1
        while index >= 0, looked < reach {
            let sibling = children[index]
            looked += 1
            index -= 1
            if tree.nodes[sibling].isText { break }
            if isHeadingOnly(tree, sibling, stats: stats) {
                if let title, repeatsTitle(tree, sibling, title: title) { continue }
                added.insert(sibling, at: 0)
            } else if stats.length[sibling] >= 80 || stats.linkDensity(sibling) > 0.5 {
                break
            }
        }
        return added + roots
    }

    /// Whether `index` is an h2-h4, or holds text only in headings other than h1, with few links.
    static func isHeadingOnly(_ tree: HTMLTree, _ index: Int, stats: TextStats) -> Bool {
        let length = stats.length[index]
        guard length > 0, stats.linkDensity(index) < 0.5 else { return false }
        let sectionNames: Set<String> = ["h2", "h3", "h4"]
        if sectionNames.contains(tree.nodes[index].name) { return true }
        guard Double(stats.headingLength[index]) >= 0.9 * Double(length) else { return false }
        return !([index] + tree.descendants(of: index)).contains { tree.nodes[$0].name == "h1" }
    }

    /// Heading elements.
    static let headingNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Whether one of the headings of `index` (or `index` itself) repeats `title`.
    static func repeatsTitle(_ tree: HTMLTree, _ index: Int, title: String) -> Bool {
        ([index] + tree.descendants(of: index)).contains { node in
            headingNames.contains(tree.nodes[node].name) && TitleMatching.isSame(tree.textContent(of: node), title)
        }
    }
}
