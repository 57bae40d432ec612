/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article.
struct JSONLDMetadata: Equatable, Sendable {
    /// `headline` (or `name` when it matches the page title better).
    var title: String?
    /// `name`, kept to choose between it and `headline`.
    var name: String?
    /// The author names, joined by ", ".
    var author: String?
    /// `datePublished`.
    var datePublished: String?
    /// `publisher.name`.
    var publisher: String?
    /// `articleBody`.
    var articleBody: String?
    /// `url` or `mainEntityOfPage`.
    var url: String?

    /// The article types this reader takes metadata from.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting",
        "liveblogposting", "analysisnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle",
        "backgroundnewsarticle", "satiricalarticle", "medicalscholarlyarticle", "discussionforumposting", "apireference",
        "advertisercontentarticle", "asknewsarticle", "askpublicnewsarticle", "review", "webpage", "creativework",
    ]

    /// The metadata of the first article object in any of the JSON-LD texts, or `nil`.
    static func read(_ scripts: [String]) -> JSONLDMetadata? {
        var fallback: JSONLDMetadata?
        for script in scripts {
            guard let value = JSONParser.parse(cleaned(script)) else { continue }
            for object in articleObjects(in: value) {
                let metadata = metadata(of: object)
                let type = types(of: object)
                if !type.contains("webpage") && !type.contains("creativework") { return metadata }
                if fallback == nil { fallback = metadata }
            }
        }
        return fallback
    }

    /// The script text without an HTML comment or CDATA wrapper (which usually sits on lines of its own).
    static func cleaned(_ script: String) -> String {
        var text = script.trimming(" \t\n\r\u{0C}\r\n")
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] where text.hasPrefix(open) {
            text = String(text.dropFirst(open.count))
            if text.hasSuffix(close) { text = String(text.dropLast(close.count)) }
        }
        return text
    }

    /// The lower-case `@type`s of an object.
    static func types(of object: JSONValue) -> [String] {
        (object["@type"]?.elements ?? []).compactMap { $0.string?.lowercased() }
    }

    /// Objects of an article type, found at the top level, in arrays and in `@graph`, breadth first.
    static func articleObjects(in value: JSONValue) -> [JSONValue] {
        var found: [JSONValue] = []
        var queue = [value]
        var steps = 0
        while !queue.isEmpty, steps < 1000 {
            let current = queue.removeFirst()
            steps += 1
            switch current {
            case .array(let items): queue.append(contentsOf: items)
            case .object:
                if types(of: current).contains(where: articleTypes.contains) { found.append(current) }
                if let graph = current["@graph"] { queue.append(graph) }
            default: break
            }
        }
        return found
    }

    /// The fields of one article object.
    static func metadata(of object: JSONValue) -> JSONLDMetadata {
        var metadata = JSONLDMetadata()
        metadata.title = object["headline"]?.string.map(HTMLEntities.collapsed)
        metadata.name = object["name"]?.string.map(HTMLEntities.collapsed)
        metadata.author = authorNames(object["author"] ?? object["creator"])
        metadata.datePublished = object["datePublished"]?.string ?? object["dateCreated"]?.string
        metadata.publisher = object["publisher"].flatMap { $0["name"]?.string ?? $0.string }.map(HTMLEntities.collapsed)
        metadata.articleBody = object["articleBody"]?.string ?? object["text"]?.string
        metadata.url = object["url"]?.string ?? object["mainEntityOfPage"]?.string ?? object["mainEntityOfPage"]?["@id"]?.string
        return metadata
    }

    /// Author names from a string, an object with `name`, or an array of either.
    static func authorNames(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        let names = value.elements.compactMap { item -> String? in
            let name = item.string ?? item["name"]?.string
            guard let name = name.map(HTMLEntities.collapsed), !name.isEmpty, !name.hasPrefix("http") else { return nil }
            return name
        }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }
}
