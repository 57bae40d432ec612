/// What an element's class and id say about it: article text, or page chrome.
///
/// Hints are matched on the words of `class` and `id`, compared without
/// regard to ASCII case. A word is a run of ASCII letters and digits and of
/// non-ASCII bytes (so "artículo" stays one word); anything else separates
/// words. Long hint words may appear inside a word ("articleBody",
/// "sidebar-left"), short ones ("ad", "nav", "meta") must be the whole word,
/// so "shadow" and "header" are not ads. The matching works on the UTF-8
/// bytes in place: it runs for every element of a page in each pass.
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
        "consent", "navbar", "navigation", "menu", "skyscraper", "shoutbox", "tags", "toolbar",
    ]
    /// Negative words that must be whole words.
    static let negativeWhole: Set<String> = ["ad", "ads", "adv", "nav", "meta", "tags", "more", "extra", "hidden", "print", "login", "aside", "share", "combx", "foot", "rss", "replies", "remark"]

    /// Words that keep an element whose class or id also looks like chrome ("article-comments-count" no, "main-column" yes).
    static let keepers = ["article", "body", "content", "main", "column", "story", "entry", "prose", "mathjax", "shadow"]

    /// ARIA roles of page chrome.
    static let chromeRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]

    /// One list of hints as bytes: words found inside a word, and words that must be the whole word.
    struct Hints: Sendable {
        /// Hints found inside a word (those also in ``whole`` are left out: they must be whole).
        var inside: [[UInt8]]
        /// Hints that must be the whole word.
        var whole: [[UInt8]]

        /// Hints from the word lists above.
        init(inside: [String], whole: Set<String>) {
            self.inside = inside.filter { !whole.contains($0) }.map { Array($0.utf8) }
            self.whole = whole.sorted().map { Array($0.utf8) }
        }
    }

    /// The hints of article text.
    static let positiveHints = Hints(inside: positive, whole: positiveWhole)
    /// The hints of page chrome.
    static let negativeHints = Hints(inside: negative, whole: negativeWhole)
    /// The keepers, all found inside a word.
    static let keeperHints = Hints(inside: keepers, whole: [])

    /// Whether `value` (a class or id) suggests article text.
    static func isPositive(_ value: String) -> Bool { hits(value, positiveHints) }

    /// Whether `value` (a class or id) suggests page chrome.
    static func isNegative(_ value: String) -> Bool { hits(value, negativeHints) }

    /// The score an element's class and id add: +25 or -25 for each of class and id.
    static func weight(_ node: HTMLNode) -> Double {
        weight(node.attribute("class")) + weight(node.attribute("id"))
    }

    /// The score one class or id value adds: -25 for chrome, +25 for article text (both can apply).
    static func weight(_ value: String?) -> Double {
        guard let value, !value.isEmpty else { return 0 }
        return (isNegative(value) ? -25 : 0) + (isPositive(value) ? 25 : 0)
    }

    /// Whether an element's class and id say "remove me": a chrome hint and no article hint.
    /// An element the page marks as the article's body is never chrome, whatever its id says
    /// (a share widget's script names its container "gigya-share-btns-2_gig_containerParent").
    static func isUnlikely(_ node: HTMLNode) -> Bool {
        let klass = node.attribute("class") ?? ""
        let id = node.attribute("id") ?? ""
        guard isNegative(klass) || isNegative(id) else { return false }
        return !hits(klass, keeperHints) && !hits(id, keeperHints) && !marksArticleBody(node)
    }

    /// Whether the page marks `node` as the article's body (schema.org `itemprop=articleBody`).
    static func marksArticleBody(_ node: HTMLNode) -> Bool {
        node.attribute("itemprop")?.lowercased().contains("articlebody") == true
    }

    /// Whether some word of `value` holds one of `hints.inside` or is one of `hints.whole`.
    static func hits(_ value: String, _ hints: Hints) -> Bool {
        guard !value.isEmpty else { return false }
        var value = value
        return value.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                while index < count, !isWordByte(bytes[index]) { index += 1 }
                let start = index
                while index < count, isWordByte(bytes[index]) { index += 1 }
                guard index > start else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                for hint in hints.whole where word.count == hint.count && ASCIICase.matches(word, at: 0, hint) { return true }
                for hint in hints.inside where ASCIICase.contains(word, hint) { return true }
            }
            return false
        }
    }

    /// Whether a byte belongs to a word: an ASCII letter or digit, or any byte of a non-ASCII character.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ASCIILines.isDigit(byte) || ASCIILines.isLetter(byte)
    }
}
