/// A chrome-looking element that only wraps a block of article prose is not chrome.
///
/// Mobile news pages fold the rest of a story into a box named after its "Read more"
/// button (`#read-more > #read-more-content`): "more" says chrome, the box holds most of
/// the article. The rule is asked wherever a class or id counts against an element:
/// when pruning, when scoring and when cleaning.
enum ProseWrapper {
    /// Whether one child of `index`, whose class or id says article text (and not chrome),
    /// holds nearly all its text: at least 1,000 characters, with few links.
    static func wrapsProse(_ tree: HTMLTree, _ index: Int, stats: TextStats) -> Bool {
        let total = stats.length[index]
        guard total >= 1_000 else { return false }
        for child in tree.nodes[index].children where !tree.nodes[child].isText {
            guard Double(stats.length[child]) >= 0.9 * Double(total) else { continue }
            let node = tree.nodes[child]
            let likely = ClassHints.isPositive(node.attribute("class") ?? "") || ClassHints.isPositive(node.attribute("id") ?? "")
            return likely && !ClassHints.isUnlikely(node) && stats.linkDensity(child) < 0.2
        }
        return false
    }

    /// The score `index`'s class and id add (see ``ClassHints``),
    /// without the malus when it wraps prose.
    static func classWeight(_ tree: HTMLTree, _ index: Int, stats: TextStats) -> Double {
        let weight = ClassHints.weight(tree.nodes[index])
        return weight < 0 && wrapsProse(tree, index, stats: stats) ? 0 : weight
    }
}
