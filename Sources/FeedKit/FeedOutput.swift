import ArticleKit

/// A feed written out for `folio feed show`: the JSON contract for scripts, or text for people.
public enum FeedOutput {
    /// `{"title", "link", "entries": [{"id", "title", "link", "published", "updated", "authors", "summary", "content"}]}`,
    /// dates as ISO 8601 UTC, absent values as null.
    public static func json(_ feed: Feed) -> String {
        var out = JSONWriter()
        out.raw("{\"title\": ")
        out.optionalString(feed.title)
        out.raw(", \"link\": ")
        out.optionalString(feed.link)
        out.raw(", \"entries\": [")
        for (index, entry) in feed.entries.enumerated() {
            out.raw(index == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ")
            out.optionalString(entry.id)
            out.raw(", \"title\": ")
            out.optionalString(entry.title)
            out.raw(", \"link\": ")
            out.optionalString(entry.link)
            out.raw(", \"published\": ")
            out.optionalString(entry.published.map(FeedDate.iso))
            out.raw(", \"updated\": ")
            out.optionalString(entry.updated.map(FeedDate.iso))
            out.raw(", \"authors\": ")
            out.stringArray(entry.authors)
            out.raw(", \"summary\": ")
            out.optionalString(entry.summary)
            out.raw(", \"content\": ")
            out.optionalString(entry.content)
            out.raw("}")
        }
        out.raw(feed.entries.isEmpty ? "]}" : "\n]}")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The feed's title and link, then one line per entry: date, title, link; all sanitized.
    public static func text(_ feed: Feed) -> String {
        let clean = DisplaySanitizer.clean
        var out = "# \(clean(feed.title ?? "(untitled feed)"))\n"
        if let link = feed.link { out += clean(link) + "\n" }
        out += "\n"
        for entry in feed.entries {
            let date = (entry.published ?? entry.updated).map { String(FeedDate.iso($0).prefix(10)) } ?? "----------"
            out += "\(date)  \(clean(entry.title ?? "(untitled)"))\n"
            if let link = entry.link { out += "            \(clean(link))\n" }
            if let thumbnail = entry.thumbnail { out += "            thumbnail: \(clean(thumbnail))\n" }
        }
        return out
    }
}
