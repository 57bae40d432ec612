/// What an element's class and id say about it: article text, or page chrome.
///
/// Hints are matched on the words of `class` and `id` (split at anything
/// that is not a letter or digit): long hint words may appear inside a word
/// ("articleBody", "sidebar-left"), short ones ("ad", "nav", "meta") must be
/// the whole word, so "shadow" and "header" are not ads.
enum ClassHints {
    /// Words that suggest article text (found inside longer words).
    static let positive = ["article", "content", "entry", "story", "blog", "body", "hentry", "main", "page", "post", "text", "prose"]
    /// Positive words that must be whole words.
    static let positiveWhole: Set<String> = ["main", "page", "post", "text"]
    /// Words that suggest page chrome (found inside longer words).
    static let negative = [
        "sidebar", "comment", "footer", "promo", "related", "share", "social", "banner", "sponsor", "widget",
        "masthead", "outbrain", "taboola", "popup", "modal", "cookie", "subscribe", "newsletter", "advert",
        "breadcrumb", "pagination", "pager", "disqus", "recommend", "trending", "paywall", "signup", "gdpr",
        "consent", "navbar", "navigation", "menu", "skyscraper", "shoutbox", "tags", "toolbar", "byline-social",
    ]
    /// Negative words that must be whole words.
    static let negativeWhole: Set<String> = ["ad", "ads", "adv", "nav", "meta", "tags", "more", "extra", "hidden", "print", "login", "aside", "share", "combx", "foot", "rss", "replies", "remark"]

    /// The lower-case words of a class or id value.
    static func words(_ value: String) -> [Substring] {
        value.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether some word of `value` hits one of `long` (inside a word) or `whole` (the whole word).
    static func hits(_ value: String, long: [String], whole: Set<String>) -> Bool {
        for word in words(value) {
            if whole.contains(String(word)) { return true }
            let bytes = Array(word.utf8)
            for hint in long where !whole.contains(hint) && contains(bytes, Array(hint.utf8)) { return true }
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` (byte by byte; hint words are a few ASCII letters).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            var matched = 0
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            start += 1
        }
        return false
    }

    /// Whether `value` (a class or id) suggests article text.
    static func isPositive(_ value: String) -> Bool { hits(value, long: positive, whole: positiveWhole) }

    /// Whether `value` (a class or id) suggests page chrome.
    static func isNegative(_ value: String) -> Bool { hits(value, long: negative, whole: negativeWhole) }

    /// The score an element's class and id add: +25 or -25 for each of class and id.
    static func weight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for value in [node.attribute("class"), node.attribute("id")] {
            guard let value, !value.isEmpty else { continue }
            if isNegative(value) { weight -= 25 }
            if isPositive(value) { weight += 25 }
        }
        return weight
    }

    /// Words that keep an element whose class or id also looks like chrome ("article-comments-count" no, "main-column" yes).
    static let keepers = ["article", "body", "content", "main", "column", "story", "entry", "prose", "mathjax", "shadow"]

    /// Whether an element's class and id say "remove me": a chrome hint and no article hint.
    static func isUnlikely(_ node: HTMLNode) -> Bool {
        let value = node.classAndID
        guard isNegative(value) else { return false }
        return !words(value).contains { word in keepers.contains { contains(Array(word.utf8), Array($0.utf8)) } }
    }

    /// ARIA roles of page chrome.
    static let chromeRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]
}
