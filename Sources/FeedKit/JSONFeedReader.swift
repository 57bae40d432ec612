import ArticleKit

/// JSON Feed 1.0 and 1.1.
enum JSONFeedReader {
    /// The feed in `text`, or `nil` when it is not a JSON Feed.
    static func feed(_ text: String, url: String?) -> Feed? {
        guard let root = JSONParser.parse(text), root["version"]?.string?.contains("jsonfeed.org") == true || root["items"] != nil else {
            return nil
        }
        let base = root["feed_url"]?.string ?? url
        var feed = Feed(title: FeedText.plain(root["title"]?.string), link: root["home_page_url"]?.string.map { URLReferenceBase.resolve($0, against: base) })
        let feedAuthors = authors(root)
        for item in root["items"]?.elements ?? [] {
            var entry = FeedEntry()
            entry.title = FeedText.plain(item["title"]?.string)
            entry.link = (item["url"]?.string ?? item["external_url"]?.string).map { URLReferenceBase.resolve($0, against: base) }
            entry.id = item["id"]?.string ?? item["id"].flatMap(number) ?? FeedText.derivedID(link: entry.link, title: entry.title)
            entry.published = item["date_published"]?.string.flatMap(FeedDate.parse)
            entry.updated = item["date_modified"]?.string.flatMap(FeedDate.parse) ?? entry.published
            entry.authors = authors(item).isEmpty ? feedAuthors : authors(item)
            entry.summary = item["summary"]?.string
            entry.content = item["content_html"]?.string ?? item["content_text"]?.string
            feed.entries.append(entry)
        }
        return feed
    }

    /// The names of `object`'s `authors` (1.1) or `author` (1.0).
    static func authors(_ object: JSONValue) -> [String] {
        let list = object["authors"]?.elements ?? object["author"].map { [$0] } ?? []
        return list.compactMap { $0["name"]?.string }.compactMap(FeedText.plain)
    }

    /// A numeric id written as a number, as text.
    static func number(_ value: JSONValue) -> String? {
        if case .number(let number) = value { return number == number.rounded() ? String(Int(number)) : String(number) }
        return nil
    }
}
