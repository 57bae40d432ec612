/// Finds the alt text of a lazy-loaded image in the `<noscript>` that follows it.
enum LazyImages {
    /// The `alt` of the first image in a `<noscript>` right after the image at `index` (white space between allowed).
    static func noscriptAlt(_ tree: HTMLTree, after index: Int) -> String? {
        let parent = tree.nodes[index].parent
        guard parent >= 0, let place = tree.nodes[parent].children.firstIndex(of: index) else { return nil }
        for sibling in tree.nodes[parent].children[(place + 1)...] {
            let node = tree.nodes[sibling]
            if node.isText, node.text.unicodeScalars.allSatisfy({ WhiteSpace.contains($0.value) }) { continue }
            guard node.name == "noscript" else { return nil }
            if let image = tree.first("img", under: sibling) { return tree.nodes[image].attribute("alt") }
            return altAttribute(in: tree.textContent(of: sibling))
        }
        return nil
    }

    /// The value of the first `alt="…"` (or `alt='…'`) in raw markup.
    static func altAttribute(in markup: String) -> String? {
        guard let key = markup.firstRange(of: "alt=") else { return nil }
        let rest = markup[key.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else {
            return String(rest.prefix { $0 != " " && $0 != ">" })
        }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
