import FeedKit

/// Writes subscriptions as an OPML 2.0 document.
///
/// One flat `outline` per feed (`type="rss"`, `text` and `title`, `xmlUrl`),
/// its tags in OPML 2.0's comma-separated `category` attribute.
public enum OPMLWriter {
    /// The document for `subscriptions`, ending in a newline.
    public static func document(_ subscriptions: [Subscription]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        out += "  <head>\n    <title>Folio subscriptions</title>\n  </head>\n  <body>\n"
        for subscription in subscriptions {
            let title = subscription.title ?? ""
            out += "    <outline type=\"rss\" text=\"\(escaped(title))\" title=\"\(escaped(title))\" xmlUrl=\"\(escaped(subscription.url))\""
            let tags = subscription.tags.map { $0.replacingCommasAndSlashes() }.filter { !$0.isEmpty }
            if !tags.isEmpty { out += " category=\"\(escaped(tags.joined(separator: ",")))\"" }
            out += "/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    /// `text` safe inside a double-quoted XML attribute.
    static func escaped(_ text: String) -> String { XMLEscape.escaped(text, attribute: true) }
}

extension String {
    /// A tag as one OPML category: commas and slashes would split it, so they become spaces.
    fileprivate func replacingCommasAndSlashes() -> String {
        String(map { $0 == "," || $0 == "/" ? " " : $0 })
    }
}
