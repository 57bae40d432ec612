/// Chooses an article's title from what the page offers, and strips the site's name from a `<title>`.
enum TitleCleaner {
    /// Separators between a title and a site name in `<title>`.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " \\ "]

    /// The article title: JSON-LD `headline` (or `name` when it matches `<title>` and the headline
    /// does not), then OpenGraph, Twitter and Dublin Core titles as the site wrote them, then
    /// `<title>` without its site suffix (the only source that is a window title, not an article's).
    static func title(page: PageMetadata, jsonLD: JSONLDMetadata?, siteName: String?) -> String? {
        let documentTitle = page.title
        var chosen: String?
        if let jsonLD {
            if let headline = jsonLD.title, let name = jsonLD.name, headline != name, let documentTitle {
                // Both given: the one that matches `<title>`; else `name` (Wikipedia's headline is a
                // description), unless `name` is the site's own (aktualne.cz names itself there).
                let headlineMatches = similarity(headline, documentTitle) > 0.75
                let nameMatches = similarity(name, documentTitle) > 0.75
                if headlineMatches != nameMatches {
                    chosen = headlineMatches ? headline : name
                } else {
                    chosen = isSiteName(name, siteName: siteName, publisher: jsonLD.publisher) ? headline : name
                }
            } else {
                chosen = jsonLD.title ?? jsonLD.name
            }
        }
        if chosen == nil || chosen?.isEmpty == true {
            chosen = page.first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "title", "twitter:title", "parsely-title"])
        }
        if chosen == nil || chosen?.isEmpty == true { chosen = documentTitle.map { cleanedDocumentTitle($0, siteName: siteName) } }
        guard let title = chosen.map(HTMLEntities.collapsed), !title.isEmpty else { return nil }
        return title
    }

    /// `<title>` text without a trailing (or leading) site name: the part the site name
    /// is not, or the longest part when there is no site name and the rest is short.
    static func cleanedDocumentTitle(_ title: String, siteName: String?) -> String {
        let stripped = withoutSiteName(title, siteName: siteName)
        if stripped != title { return stripped }
        for separator in separators {
            let parts = title.split(separator: separator, omittingEmptySubsequences: true).map(String.init)
            guard parts.count >= 2 else { continue }
            // "Article title | Site": keep the first part when it has enough words.
            // A short remainder ("Fish & chips" of "Fish & chips — a history") was not a site name.
            let first = parts[0], last = parts[parts.count - 1]
            if wordCount(first) >= 5 || (wordCount(first) >= 3 && wordCount(last) <= 2 && last.first?.isUppercase == true) {
                return parts.dropLast().joined(separator: separator)
            }
            if wordCount(last) >= 5, wordCount(first) <= 2 { return parts.dropFirst().joined(separator: separator) }
            return title
        }
        return title
    }

    /// `title` without " | Site" (or "Site | ") when the part matches `siteName`.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        let site = TitleMatching.normalized(siteName)
        for separator in separators {
            let parts = title.split(separator: separator, omittingEmptySubsequences: true).map(String.init)
            guard parts.count >= 2 else { continue }
            if TitleMatching.normalized(parts[parts.count - 1]) == site { return parts.dropLast().joined(separator: separator) }
            if TitleMatching.normalized(parts[0]) == site { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }

    /// Whether `name` is the site's name: the publisher's, or the first part of `siteName`
    /// ("Aktuálně.cz" of "Aktuálně.cz - Víte, co se právě děje").
    static func isSiteName(_ name: String, siteName: String?, publisher: String?) -> Bool {
        let name = TitleMatching.normalized(name)
        guard !name.isEmpty else { return false }
        if let publisher, TitleMatching.normalized(publisher) == name { return true }
        guard let siteName else { return false }
        let site = TitleMatching.normalized(siteName)
        return site == name || site.hasPrefix(name + " ")
    }

    /// The number of words in `text`.
    static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    /// The share of `b`'s words that `a` also has, over all of `b`'s words (0 to 1).
    static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = Set(TitleMatching.normalized(a).split(separator: " "))
        let wordsB = TitleMatching.normalized(b).split(separator: " ")
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let unshared = wordsB.filter { !wordsA.contains($0) }
        let total = wordsB.joined(separator: " ").count
        return 1 - Double(unshared.joined(separator: " ").count) / Double(max(1, total))
    }
}
