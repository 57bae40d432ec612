import FeedKit

/// Reads the subscriptions of an OPML file (1.0 or 2.0, as readers export them).
///
/// Every `outline` with an `xmlUrl` is a feed; its title is `title`, else
/// `text`. Its tags are the names of the folders (outlines without an
/// `xmlUrl`) it sits in, as newsboat and most readers export them, and the
/// comma-separated `category` attribute of OPML 2.0 (the last part of a
/// slash-delimited category). A feed listed twice is one subscription with
/// the tags of both places.
public enum OPMLReader {
    /// Why an OPML file could not be read.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not XML at all.
        case notXML
        /// XML, but its root is not `opml`.
        case notOPML(root: String)

        /// One line.
        public var description: String {
            switch self {
            case .notXML: return "not an OPML file: not XML"
            case .notOPML(let root): return "not an OPML file: the root element is <\(root)>"
            }
        }
    }

    /// The subscriptions in `bytes`, in document order, and the feed URLs skipped as not http(s).
    public static func read(_ bytes: [UInt8]) throws(Problem) -> (subscriptions: [Subscription], skipped: [String]) {
        guard let root = XMLTree.parse(bytes) else { throw .notXML }
        guard root.name.lowercased() == "opml" else { throw .notOPML(root: root.name) }
        var found: [Subscription] = []
        var skipped: [String] = []
        var index: [String: Int] = [:]
        func visit(_ element: XMLElement, folders: [String]) {
            for child in element.children where child.name == "outline" || child.name == "body" {
                let name = (child.attribute("title") ?? child.attribute("text")).map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
                guard let url = child.attribute("xmlUrl").map(trimmed), !url.isEmpty else {
                    visit(child, folders: child.name == "outline" ? folders + [name].compactMap { $0 } : folders)
                    continue
                }
                guard SubscriptionURL.isHTTP(url) else {
                    skipped.append(url)
                    continue
                }
                var tags = folders
                for category in (child.attribute("category") ?? "").split(separator: ",") {
                    let last = category.split(separator: "/").last.map { trimmed(String($0)) } ?? ""
                    if !last.isEmpty { tags.append(last) }
                }
                if let at = index[url] {
                    for tag in tags where !found[at].tags.contains(tag) { found[at].tags.append(tag) }
                    if found[at].title == nil { found[at].title = name }
                } else {
                    index[url] = found.count
                    var unique: [String] = []
                    for tag in tags where !unique.contains(tag) { unique.append(tag) }
                    found.append(Subscription(url: url, title: name, tags: unique))
                }
            }
        }
        visit(root, folders: [])
        return (found, skipped)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
