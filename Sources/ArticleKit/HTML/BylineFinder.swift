/// Finds the byline a page shows in its text: an element marked `rel=author`,
/// `itemprop=author` or with "byline"/"author" in its class or id, holding a short text.
enum BylineFinder {
    /// The first such element under `root` that is not removed, and its text.
    static func find(_ tree: HTMLTree, under root: Int, removed: [Bool]) -> (index: Int, text: String)? {
        for index in tree.descendants(of: root) where !removed[index] {
            let node = tree.nodes[index]
            guard !node.isText, isBylineElement(node), !holdsBlocks(tree, index) else { continue }
            let text = HTMLEntities.collapsed(tree.textContent(of: index))
            guard !text.isEmpty, text.unicodeScalars.count < 100 else { continue }
            return (index, text)
        }
        return nil
    }

    /// Whether the element holds paragraphs or headings (an author box, not a byline).
    static func holdsBlocks(_ tree: HTMLTree, _ index: Int) -> Bool {
        tree.descendants(of: index).contains { ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "section"].contains(tree.nodes[$0].name) }
    }

    /// Whether the element's attributes mark it as the author's name.
    static func isBylineElement(_ node: HTMLNode) -> Bool {
        if node.attribute("rel")?.lowercased() == "author" { return true }
        if node.attribute("itemprop")?.lowercased().contains("author") == true { return true }
        return ClassHints.hits(node.attribute("class") ?? "", bylineWords) || ClassHints.hits(node.attribute("id") ?? "", bylineWords)
    }

    /// Class and id words that mark the author's name.
    static let bylineWords = ClassHints.Hints(inside: [], whole: ["byline", "author"])
}
