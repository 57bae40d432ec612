/// The feeds a web page announces with `<link rel="alternate" type="…">`, as a browser finds them.
public enum FeedLinks {
    /// One announced feed: its resolved URL, its media type and its title (if any).
    public struct Link: Sendable, Equatable {
        /// The feed's URL, resolved against `<base>` and the page URL.
        public var url: String
        /// `application/rss+xml`, `application/atom+xml` or `application/feed+json`.
        public var type: String
        /// The link's `title` attribute.
        public var title: String?
    }

    /// The media types of feeds, in the order a feed is preferred.
    public static let feedTypes = ["application/atom+xml", "application/rss+xml", "application/feed+json", "application/json"]

    /// The feeds announced in the page `bytes` fetched from `pageURL`, in page order.
    public static func find(in bytes: [UInt8], pageURL: String?, charset: String? = nil) -> [Link] {
        let utf8 = HTMLText.utf8(bytes, charset: charset)
        let tree = LibXMLTreeBuilder.parse(utf8)
        let page = PageMetadata(tree)
        let base = page.base.map { URLReference.resolve($0, against: pageURL) } ?? pageURL
        var links: [Link] = []
        for index in tree.descendants(of: 0) where tree[index].name == "link" {
            let node = tree[index]
            let rels = (node.attribute("rel") ?? "").lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard rels.contains("alternate"), let href = node.attribute("href"), !href.isEmpty else { continue }
            let type = (node.attribute("type") ?? "").lowercased().split(separator: ";").first.map { String($0).trimmingSpaces() } ?? ""
            guard feedTypes.contains(type) else { continue }
            let url = URLReference.resolve(href.trimmingSpaces(), against: base)
            guard !links.contains(where: { $0.url == url }) else { continue }
            links.append(Link(url: url, type: type, title: node.attribute("title")))
        }
        return links
    }
}
