import Testing
@testable import ArticleKit

/// RFC 3986 section 5.4's examples and the clean-ups browsers apply to `href`.
@Suite struct URLReferenceTests {
    static let base = "http://a/b/c/d;p?q"

    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
    ])
    func rfc3986Examples(reference: String, expected: String) {
        #expect(URLReference.resolve(reference, against: Self.base) == expected)
    }

    @Test func whiteSpaceAroundAndInsideIsRemoved() {
        #expect(URLReference.resolve("  /path\n/to\tx  ", against: "https://example.com/a/b") == "https://example.com/path/tox")
    }

    @Test func withoutABaseTheReferenceStaysAsWritten() {
        #expect(URLReference.resolve("../x.html", against: nil) == "../x.html")
        #expect(URLReference.resolve("img.png", against: "not a url") == "img.png")
    }

    @Test func schemesAreCaseInsensitiveAndUnsafeOnesAreFlagged() {
        #expect(URLReference.isUnsafeLink("JavaScript:alert(1)"))
        #expect(URLReference.isUnsafeLink(" data:text/html,x"))
        #expect(URLReference.isUnsafeLink("file:///etc/passwd"))
        #expect(!URLReference.isUnsafeLink("https://example.com/javascript:"))
        #expect(!URLReference.isUnsafeLink("/relative/data:x"))
    }

    @Test func emptyBasePathMergesWithASlash() {
        #expect(URLReference.resolve("x", against: "https://example.com") == "https://example.com/x")
    }
}
