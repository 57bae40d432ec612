import Testing
@testable import ArticleKit

/// How Markdown links resolve without a page address, or against one without a path
/// (the RFC 3986 examples themselves are in HTMLReaderTests/URLReferenceTests).
struct MarkdownLinkTests {
    static let base = "http://a/b/c/d;p?q"

    @Test func keepsLinksAsWrittenWithoutABase() {
        #expect(URLReference.resolve("../notes.html", against: nil) == "../notes.html")
        #expect(URLReference.resolve("notes.html", against: "not a url") == "notes.html")
        // RFC 3986 5.2.2: an empty reference is the base document itself.
        #expect(URLReference.resolve("", against: Self.base) == "http://a/b/c/d;p?q")
        #expect(URLReference.resolve("mailto:x@example.org", against: Self.base) == "mailto:x@example.org")
    }

    @Test func aHostWithoutAPathGetsASlash() {
        #expect(URLReference.resolve("page", against: "https://example.org") == "https://example.org/page")
        #expect(URLReference.resolve("#top", against: "https://example.org/a#old") == "https://example.org/a#top")
    }
}
