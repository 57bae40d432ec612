/// The metadata a page states outside its text: `<title>`, `<meta>` tags
/// (OpenGraph, Twitter, Dublin Core, `name=author`), `<link rel=canonical>`,
/// `<base href>` and its JSON-LD blocks.
struct PageMetadata {
    /// `<meta>` values by lower-cased `name` or `property` (the first of each wins).
    var meta: [String: String] = [:]
    /// The text of the first `<title>`.
    var title: String?
    /// `<link rel=canonical href>`.
    var canonical: String?
    /// `<base href>`.
    var base: String?
    /// The texts of the `application/ld+json` scripts.
    var jsonLD: [String] = []

    /// Reads the metadata of `tree` (from anywhere in the page: pages put tags in the body too).
    init(_ tree: HTMLTree) {
        for index in 1..<max(1, tree.nodes.count) where !tree.nodes[index].isText {
            let node = tree.nodes[index]
            switch node.name {
            case "meta":
                guard let content = node.attribute("content") else { continue }
                let value = HTMLEntities.collapsed(content)
                guard !value.isEmpty else { continue }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")].compactMap({ $0 }) {
                    // "property" may list several names ("og:title twitter:title").
                    for name in key.lowercased().split(separator: " ") where meta[String(name)] == nil {
                        meta[String(name)] = value
                    }
                }
            case "title" where title == nil:
                if !isInsideSVG(tree, index) {
                    let text = HTMLEntities.collapsed(tree.textContent(of: index))
                    if !text.isEmpty { title = text }
                }
            case "link" where canonical == nil:
                if node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = node.attribute("href"), !href.trimmingSpaces().isEmpty {
                    canonical = URLReference.cleaned(href)
                }
            case "base" where base == nil:
                if let href = node.attribute("href"), !href.trimmingSpaces().isEmpty { base = URLReference.cleaned(href) }
            case "script":
                if node.attribute("type")?.lowercased().trimmingSpaces() == "application/ld+json" {
                    jsonLD.append(tree.textContent(of: index))
                }
            default:
                continue
            }
        }
    }

    /// Whether the node sits inside an `<svg>` (whose `<title>` is not the page's).
    func isInsideSVG(_ tree: HTMLTree, _ index: Int) -> Bool {
        var current = tree.nodes[index].parent
        while current > 0 {
            if tree.nodes[current].name == "svg" { return true }
            current = tree.nodes[current].parent
        }
        return false
    }

    /// The first non-empty `<meta>` value among `keys`.
    func first(_ keys: [String]) -> String? {
        for key in keys { if let value = meta[key], !value.isEmpty { return value } }
        return nil
    }
}
