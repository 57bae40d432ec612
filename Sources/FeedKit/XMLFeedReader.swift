/// RSS 0.9x, 1.0 (RDF) and 2.0, and Atom 0.3 and 1.0, from an ``XMLElement`` tree.
enum XMLFeedReader {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let media = "http://search.yahoo.com/mrss/"

    /// Media RSS on an item or entry: its description (HTML when `type="html"`, else text,
    /// escaped for the summary) and its thumbnail, on the element itself or inside
    /// `media:group` / `media:content`.
    static func mediaParts(_ element: XMLElement) -> (description: String?, thumbnail: String?) {
        var places = [element]
        for inner in element.all("group", in: media) + element.all("content", in: media) {
            places.append(inner)
            places += inner.all("content", in: media)
        }
        var description: String?
        var thumbnail: String?
        for place in places {
            if description == nil, let found = place.child("description", in: media) {
                let text = found.text.trimmingSpacesAndNewlines
                if !text.isEmpty { description = found.attribute("type") == "html" ? text : "<p>" + XMLEscape.escaped(text) + "</p>" }
            }
            if thumbnail == nil, let url = place.child("thumbnail", in: media)?.attribute("url")?.trimmingSpacesAndNewlines, !url.isEmpty {
                thumbnail = URLReferenceBase.resolve(url, against: place.base)
            }
        }
        return (description, thumbnail)
    }

    /// The item's own child `name`: the first not in the Media RSS namespace (whose
    /// `media:title` and `media:description` describe a media file, not the entry).
    static func own(_ element: XMLElement, _ name: String) -> XMLElement? {
        element.children.first { $0.name == name && $0.namespace != media }
    }


    /// The feed in `root`, or `nil` when the root is not a feed's.
    static func feed(_ root: XMLElement) -> Feed? {
        switch root.name.lowercased() {
        case "rss", "rdf":
            let channel = root.child("channel")
            // RSS 1.0 keeps items beside the channel; 0.9x and 2.0 inside it.
            let items = (channel?.all("item") ?? []) + root.all("item")
            guard channel != nil || !items.isEmpty else { return nil }
            return Feed(title: FeedText.plain(channel?.child("title")),
                        link: link(of: channel),
                        entries: items.map(rssEntry))
        case "feed":
            return Feed(title: FeedText.plain(root.child("title")),
                        link: atomLink(of: root),
                        entries: root.all("entry").map(atomEntry))
        default:
            return nil
        }
    }

    /// An RSS channel's or item's link element, resolved.
    ///
    /// Any `link` that is not Atom's counts (RSS in no namespace, RSS 1.0's,
    /// or the userland RSS 2 namespace), its text or else its `href`; with
    /// several, the last one wins, as feedparser and gofeed read them.
    static func link(of element: XMLElement?) -> String? {
        guard let element else { return nil }
        var found: (value: String, base: String?)?
        for link in element.all("link") where link.namespace != atom10 && link.namespace != atom03 {
            let text = link.text.trimmingSpacesAndNewlines
            if !text.isEmpty {
                found = (text, link.base)
            } else if let href = link.attribute("href")?.trimmingSpacesAndNewlines, !href.isEmpty {
                found = (href, link.base)
            }
        }
        // An Atom link in an RSS channel (atom:link rel=alternate) is the next best.
        guard let found else { return atomLink(of: element) }
        return URLReferenceBase.resolve(found.value, against: found.base)
    }

    /// Whether `id` can stand for a link: an absolute http(s) URL.
    static func isWebURL(_ id: String) -> Bool {
        let lower = id.prefix(8).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !id.contains(" ")
    }

    /// One RSS item.
    static func rssEntry(_ item: XMLElement) -> FeedEntry {
        var entry = FeedEntry()
        // media:title stands in for a missing title, as in feedparser.
        entry.title = FeedText.plain(own(item, "title") ?? item.child("title", in: media))
        entry.link = link(of: item)
        // An un-namespaced `id` stands in for a missing guid (RSS items written with Atom's element names).
        let guidElement = item.child("guid") ?? item.all("id").first { $0.namespace == nil }
        let guid = guidElement.map(\.text.trimmingSpacesAndNewlines).flatMap { $0.isEmpty ? nil : $0 }
        if entry.link == nil, let guid, guidElement?.attribute("isPermaLink") != "false", isWebURL(guid) {
            entry.link = guid
        }
        entry.id = guid ?? item.attributes.first { $0.name == "about" }?.value ?? FeedText.derivedID(link: entry.link, title: entry.title)
        let dcDate = item.child("date", in: dublinCore).flatMap { FeedDate.parse($0.text) }
        // As feedparser reads them: pubDate is the publication, dc:date and atom:updated the last change.
        entry.published = item.child("pubDate").flatMap { FeedDate.parse($0.text) }
        entry.updated = item.child("updated", in: atom10).flatMap { FeedDate.parse($0.text) } ?? dcDate
        entry.authors = (item.all("creator", in: dublinCore) + item.all("author").filter { $0.namespace == nil })
            .compactMap { FeedText.plain($0.text) }
        entry.summary = FeedText.html(own(item, "description"))
        entry.content = FeedText.html(item.child("encoded", in: content))
        let mediaParts = mediaParts(item)
        entry.summary = entry.summary ?? mediaParts.description
        entry.thumbnail = mediaParts.thumbnail
        return entry
    }

    /// The alternate link of an Atom feed or entry (the first link without a rel, else rel=alternate).
    static func atomLink(of element: XMLElement) -> String? {
        let links = element.children.filter { $0.name == "link" && ($0.namespace == atom10 || $0.namespace == atom03) }
        let chosen = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil }
        return chosen.flatMap { link in link.attribute("href").map { URLReferenceBase.resolve($0, against: link.base) } }
    }

    /// One Atom entry (1.0, or 0.3 with issued/modified/created).
    static func atomEntry(_ element: XMLElement) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = FeedText.plain(own(element, "title") ?? element.child("title", in: media))
        entry.link = atomLink(of: element)
        let id = element.child("id").map(\.text.trimmingSpacesAndNewlines).flatMap { $0.isEmpty ? nil : $0 }
        // An entry without a link whose id is a web URL: the id is its permalink (as for an RSS guid).
        if entry.link == nil, let id, isWebURL(id) { entry.link = id }
        entry.id = id ?? FeedText.derivedID(link: entry.link, title: entry.title)
        let date = { (names: [String]) in names.lazy.compactMap { element.child($0).flatMap { FeedDate.parse($0.text) } }.first }
        entry.published = date(["published", "issued"])
        entry.updated = date(["updated", "modified"])
        entry.authors = element.all("author").compactMap { FeedText.plain($0.child("name")?.text) }
        entry.summary = FeedText.html(own(element, "summary"))
        entry.content = FeedText.html(element.child("content"))
        let mediaParts = mediaParts(element)
        entry.summary = entry.summary ?? mediaParts.description
        entry.thumbnail = mediaParts.thumbnail
        return entry
    }
}
