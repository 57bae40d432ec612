/// Removes the fishy parts of the chosen article: boxes, lists and tables
/// whose text is mostly links, few paragraphs among many images, more list
/// items than paragraphs in something that is not a list, tiny fragments,
/// and headings whose class says chrome.
enum ContentCleaner {
    /// Elements checked.
    static let checkedNames: Set<String> = ["form", "fieldset", "table", "ul", "ol", "div", "section", "aside"]

    /// `removed` with the fishy elements under `roots` flagged (and everything under them).
    static func cleaned(_ tree: HTMLTree, roots: [Int], removed: [Bool], stats: TextStats, scores: [Int: Double],
                        weighClasses: Bool) -> [Bool] {
        var removed = removed
        for root in roots {
            for index in tree.descendants(of: root) where !removed[index] {
                let node = tree.nodes[index]
                if node.isText { continue }
                if removed[node.parent] { removed[index] = true; continue }
                if isFishy(tree, index, stats: stats, scores: scores, weighClasses: weighClasses) { removed[index] = true }
            }
        }
        return removed
    }

    /// Whether the element should go (Readability's "clean conditionally", in our own terms).
    static func isFishy(_ tree: HTMLTree, _ index: Int, stats: TextStats, scores: [Int: Double], weighClasses: Bool) -> Bool {
        let node = tree.nodes[index]
        if ["h1", "h2"].contains(node.name) { return weighClasses && ClassHints.weight(node) < 0 }
        guard checkedNames.contains(node.name) else { return false }
        if node.name == "table", TableShape.isDataTable(tree, index) { return false }
        if hasAncestor(tree, index, named: ["pre", "code"]) { return false }
        let weight = weighClasses ? ProseWrapper.classWeight(tree, index, stats: stats) : 0
        // Lists score from their own items (a malus by tag), so only their class counts against them.
        let score = node.name == "ul" || node.name == "ol" ? 0 : scores[index] ?? 0
        if weight + score < 0 { return true }
        guard stats.commas[index] < 10 else { return false }
        let paragraphs = Double(stats.paragraphs[index])
        let images = Double(stats.images[index])
        let listItems = Double(stats.listItems[index]) - 100
        let length = stats.length[index]
        let density = stats.linkDensity(index)
        let inFigure = hasAncestor(tree, index, named: ["figure"])
        var isList = node.name == "ul" || node.name == "ol"
        if !isList, length > 0 {
            isList = Double(stats.listTextLength[index]) / Double(length) > 0.9
        }
        if images > 1, paragraphs / images < 0.5, !inFigure { return true }
        if !isList, listItems > paragraphs { return true }
        let isHeading = length > 0 && Double(stats.headingLength[index]) >= 0.9 * Double(length)
        if !isList, !isHeading, length < 25, images == 0 || images > 2, !inFigure { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }

    /// Whether an ancestor of `index` has one of `names`.
    static func hasAncestor(_ tree: HTMLTree, _ index: Int, named names: Set<String>) -> Bool {
        var current = tree.nodes[index].parent
        while current > 0 {
            if names.contains(tree.nodes[current].name) { return true }
            current = tree.nodes[current].parent
        }
        return false
    }
}
