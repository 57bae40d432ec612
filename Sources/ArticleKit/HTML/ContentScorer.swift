/// Scores the elements that may hold an article, the way Readability does:
/// every paragraph-like element with some text adds to its parent, half to
/// its grandparent and less to older ancestors; an ancestor starts from a
/// bonus by tag and its class weight, and its final score is cut by its link density.
enum ContentScorer {
    /// Elements scored as paragraphs.
    static let paragraphNames: Set<String> = ["p", "pre", "td"]
    /// Elements that are paragraphs when they hold no block element.
    static let divLikeNames: Set<String> = ["div", "section", "article", "span", "font", "center"]

    /// The score of each candidate element (index to score), link density applied.
    static func scores(_ tree: HTMLTree, removed: [Bool], stats: TextStats, weighClasses: Bool) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        for index in 1..<max(1, tree.nodes.count) where !removed[index] {
            let node = tree.nodes[index]
            guard !node.isText else { continue }
            let length: Int
            let commas: Int
            var first: Int  // the element that receives the full score
            if paragraphNames.contains(node.name) || (divLikeNames.contains(node.name) && !stats.hasBlock[index]) {
                // A `div` that is a paragraph but sits in a `p`-less parent: scored as one.
                if node.name == "span" || node.name == "font" { continue }
                length = stats.length[index]
                commas = stats.commas[index]
                first = node.parent
            } else if node.name == "li", !stats.hasBlock[index] {
                // A list item of prose (its link text not counted): articles made of lists score too.
                length = stats.length[index] - stats.linkLength[index]
                commas = stats.commas[index]
                first = node.parent
            } else if divLikeNames.contains(node.name) {
                // Text and inline elements straight inside a div that also has blocks.
                var own = 0, ownCommas = 0
                for child in node.children where !removed[child] && !stats.hasBlock[child] && !TextStats.blockNames.contains(tree.nodes[child].name) {
                    own += stats.length[child]
                    ownCommas += stats.commas[child]
                }
                length = own
                commas = ownCommas
                first = index
            } else {
                continue
            }
            guard length >= 25 else { continue }
            let contentScore = 1.0 + Double(commas) + min(Double(length / 100), 3)
            var level = 0
            while first > 0, level < 5 {
                let ancestor = tree.nodes[first]
                if scores[first] == nil {
                    scores[first] = initialScore(ancestor) + (weighClasses ? ProseWrapper.classWeight(tree, first, stats: stats) : 0)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[first, default: 0] += contentScore / divider
                first = ancestor.parent
                level += 1
            }
        }
        for (index, score) in scores {
            scores[index] = score * (1 - stats.linkDensity(index))
        }
        return scores
    }

    /// A candidate's starting score by tag (its class weight is added by the caller).
    static func initialScore(_ node: HTMLNode) -> Double {
        var score: Double
        switch node.name {
        case "div", "article": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.name == "article" || ClassHints.marksArticleBody(node) { score += 10 }
        return score
    }
}
