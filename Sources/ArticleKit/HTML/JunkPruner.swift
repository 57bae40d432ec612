/// Marks the parts of a page that are never article text: scripts and
/// styles, forms and controls, navigation, hidden elements, and (in a strict
/// pass) elements whose class or id says chrome (comments, share bars, promos, ads).
enum JunkPruner {
    /// Which passes of the extraction prune by class and id.
    struct Options: Sendable {
        /// Remove elements whose class or id looks like chrome.
        var removeUnlikely = true
        /// Let class and id weigh in the scores.
        var weighClasses = true
    }

    /// Elements dropped by name wherever they are.
    static let droppedNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea",
        "object", "embed", "canvas", "link", "meta", "head", "nav", "aside", "dialog", "video", "audio",
        "source", "map", "frame", "frameset", "footer", "option", "label", "amp-ad", "amp-analytics", "amp-sidebar",
    ]

    /// Elements kept whatever their class says.
    static let neverUnlikely: Set<String> = ["html", "body", "a", "article", "main", "#document"]

    /// The removal flags for `tree`: true for a dropped node and everything under it.
    /// `plain` is the tree's text counted with nothing removed (counted here when not given).
    static func removed(_ tree: HTMLTree, options: Options, plain: TextStats? = nil) -> [Bool] {
        let count = tree.nodes.count
        var removed = Array(repeating: false, count: count)
        let plain = plain ?? TextStats(tree, removed: removed)
        var inCode = Array(repeating: false, count: count)
        tree.nodes.withUnsafeBufferPointer { nodes in
            for index in 1..<max(1, count) {
                let parent = nodes[index].parent
                if removed[parent] { removed[index] = true; continue }
                guard !nodes[index].isText else { inCode[index] = inCode[parent]; continue }
                let name = nodes[index].name
                inCode[index] = inCode[parent] || name == "pre" || name == "code" || name == "table"
                if shouldDrop(nodes[index], index: index, stats: plain) { removed[index] = true; continue }
                if HiddenElements.isHidden(nodes[index]) { removed[index] = true; continue }
                if let role = nodes[index].attribute("role")?.lowercased(), ClassHints.chromeRoles.contains(role), name != "body" {
                    removed[index] = true
                    continue
                }
                if options.removeUnlikely, !inCode[index], !neverUnlikely.contains(name), ClassHints.isUnlikely(nodes[index]),
                   !ProseWrapper.wrapsProse(tree, index, stats: plain) {
                    removed[index] = true
                }
            }
        }
        return removed
    }

    /// Elements that never show, dropped even when the whole page's text is shown.
    static let invisibleNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "head", "button", "input", "select", "textarea",
        "object", "embed", "canvas", "link", "meta", "option", "video", "audio", "source", "map", "dialog",
    ]

    /// The removal flags for showing a page's visible text: invisible elements and hidden ones only.
    static func visibleOnly(_ tree: HTMLTree) -> [Bool] {
        var removed = Array(repeating: false, count: tree.nodes.count)
        for index in 1..<max(1, tree.nodes.count) {
            let node = tree.nodes[index]
            if removed[node.parent] { removed[index] = true; continue }
            if !node.isText, invisibleNames.contains(node.name) || HiddenElements.isHidden(node) { removed[index] = true }
        }
        return removed
    }

    /// Whether the element goes by its name: always for ``droppedNames``; a
    /// form or a page header only when it holds little text.
    static func shouldDrop(_ node: HTMLNode, index: Int, stats: TextStats) -> Bool {
        if droppedNames.contains(node.name) { return true }
        switch node.name {
        case "form": return stats.length[index] < 500 || stats.linkDensity(index) > 0.5
        case "header": return stats.paragraphs[index] == 0 || stats.length[index] < 200
        default: return false
        }
    }
}
