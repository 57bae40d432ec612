import Testing
@testable import ArticleKit

/// RFC 3986 reference resolution, with the examples of its section 5.4.
struct MarkdownLinkTests {
    static let base = "http://a/b/c/d;p?q"

    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"),
        ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"),
        ("../../", "http://a/"), ("../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
    ])
    func resolvesTheRFCExamples(reference: String, expected: String) {
        #expect(URLReference.resolve(reference, against: Self.base) == expected)
    }

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
