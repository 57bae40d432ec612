/// Picks the element that holds the article and the siblings that belong with it.
///
/// The top-scoring candidate is widened when several other high scorers sit
/// in one ancestor, when its parent scores higher, or when it is its
/// parent's only child; then siblings scoring near it, or paragraphs with
/// enough text and few links, join it. An `itemprop=articleBody` element
/// inside the choice that holds nearly all its text narrows it.
enum ContentSelector {
    /// The chosen roots in document order, and the top score (0 when the page had no candidate).
    static func select(_ tree: HTMLTree, removed: [Bool], stats: TextStats, scores: [Int: Double]) -> (roots: [Int], score: Double) {
        let body = tree.first("body") ?? 0
        let ranked = scores.filter { !removed[$0.key] && tree.isInside($0.key, body) }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        guard let best = ranked.first, best.key != body else { return ([body], 0) }
        var top = best.key
        let topScore = best.value

        // Several near-top candidates in one ancestor: the article spans them.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.value / topScore >= 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var ancestor = tree.nodes[top].parent
            while ancestor > 0, ancestor != body {
                if alternatives.filter({ tree.isInside($0, ancestor) }).count >= 3 { top = ancestor; break }
                ancestor = tree.nodes[ancestor].parent
            }
        }
        // A parent that scores higher than the way up to it holds more of the article.
        var lastScore = scores[top] ?? topScore
        var parent = tree.nodes[top].parent
        while parent > 0, parent != body {
            guard let parentScore = scores[parent] else { parent = tree.nodes[parent].parent; continue }
            if parentScore < topScore / 3 { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = tree.nodes[parent].parent
        }
        // An only child says no more than its parent.
        while tree.nodes[top].parent > 0, tree.nodes[top].parent != body,
              elementChildren(tree, tree.nodes[top].parent, removed: removed).count == 1 {
            top = tree.nodes[top].parent
        }
        top = narrowed(tree, top, removed: removed, stats: stats)
        return (siblings(tree, top, removed: removed, stats: stats, scores: scores, best: topScore), topScore)
    }

    /// The element children of `index` that are not removed.
    static func elementChildren(_ tree: HTMLTree, _ index: Int, removed: [Bool]) -> [Int] {
        tree.nodes[index].children.filter { !removed[$0] && !tree.nodes[$0].isText }
    }

    /// The one `itemprop=articleBody` element under `top` that holds 85% of its text, else `top`.
    static func narrowed(_ tree: HTMLTree, _ top: Int, removed: [Bool], stats: TextStats) -> Int {
        let marked = tree.descendants(of: top).filter {
            !removed[$0] && ClassHints.marksArticleBody(tree.nodes[$0])
        }
        guard marked.count == 1, let only = marked.first else { return top }
        return Double(stats.length[only]) >= 0.85 * Double(stats.length[top]) ? only : top
    }

    /// `top` and the siblings that belong with it, in document order: siblings scoring near
    /// it, holding a candidate that scores half the page's `best`, or paragraphs of prose.
    static func siblings(_ tree: HTMLTree, _ top: Int, removed: [Bool], stats: TextStats, scores: [Int: Double],
                         best: Double) -> [Int] {
        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute("class") ?? ""
        let strong = strongChildren(tree, of: parent, scores: scores, floor: best / 2)
        var roots: [Int] = []
        for sibling in tree.nodes[parent].children where !removed[sibling] {
            if sibling == top { roots.append(sibling); continue }
            let node = tree.nodes[sibling]
            if node.isText { continue }
            var bonus = 0.0
            if !topClass.isEmpty, node.attribute("class") == topClass { bonus += topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
            } else if strong.contains(sibling) {
                // A part of the article wrapped too deep for its paragraphs to reach its own score.
                roots.append(sibling)
            } else if node.name == "p" {
                let length = stats.length[sibling]
                let density = stats.linkDensity(sibling)
                let text = tree.textContent(of: sibling)
                if length > 80, density < 0.25 {
                    roots.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(text) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    /// The children of `parent` that hold a candidate scoring at least `floor`.
    static func strongChildren(_ tree: HTMLTree, of parent: Int, scores: [Int: Double], floor: Double) -> Set<Int> {
        var found: Set<Int> = []
        for (candidate, score) in scores where score >= floor && floor > 0 {
            var current = candidate
            while current > 0, tree.nodes[current].parent != parent { current = tree.nodes[current].parent }
            if current > 0 { found.insert(current) }
        }
        return found
    }

    /// Whether the text has a sentence end: ". " inside, or "." at its end.
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        return trimmed.hasSuffix(".") || trimmed.contains(". ")
    }
}
