import Testing
@testable import ArticleKit

/// Scripts and styles are emptied before parsing, where libxml2 would end them, and nothing else changes.
@Suite struct InertContentTests {
    func emptied(_ html: String) -> String {
        String(decoding: InertContent.emptied(Array(html.utf8)), as: UTF8.self)
    }

    @Test func scriptsAndStylesLoseTheirContents() {
        #expect(emptied("<p>a</p><script>var x = '<p>b</p>';</script><style>p { color: red }</style><p>c</p>")
            == "<p>a</p><script></script><style></style><p>c</p>")
    }

    @Test func jsonLDIsKeptWhole() {
        let page = #"<script type="application/ld+json">{"headline": "<b>x</b>"}</script><script>y()</script>"#
        #expect(emptied(page) == #"<script type="application/ld+json">{"headline": "<b>x</b>"}</script><script></script>"#)
    }

    @Test func theEndTagIsFoundInAnyCaseAndAsAPrefix() {
        #expect(emptied("<SCRIPT>a</ScRiPt >b") == "<SCRIPT></ScRiPt >b")
        #expect(emptied("<script>a</scripts>b") == "<script></scripts>b")
    }

    @Test func drawingsLoseTheirContentsUpToTheMatchingEnd() {
        #expect(emptied("<p>a</p><svg viewBox='0 0 1 1'><svg><path d='M0 0'/></svg><text>x</text></svg><p>b</p>")
            == "<p>a</p><svg viewBox='0 0 1 1'></svg><p>b</p>")
        #expect(emptied("<svg><script>'</svg>'</script><!-- </svg> --><g/></svg>after") == "<svg></svg>after")
    }

    @Test func anUnclosedScriptRunsToTheEnd() {
        #expect(emptied("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>")
    }

    @Test func lookalikesAreLeftAlone() {
        let pages = [
            "<!-- <script>x</script> --><p>kept</p>",
            #"<a title="<script>x</script>">kept</a>"#,
            "<scripts>kept</scripts>",
            "<script/><p>kept</p>",
            "<p>plain page</p>",
        ]
        for page in pages { #expect(emptied(page) == page) }
    }

    @Test func theReaderStillFindsJSONLDAndNeverShowsScripts() {
        let page = #"""
        <html><head><title>T</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "The Headline",
        "author": {"name": "Ann Writer"}}</script><script>document.write("<p>injected text</p>")</script></head>
        <body><article><p>The article's only paragraph is long enough to be the article, with words, commas, and more words.</p></article></body></html>
        """#
        let document = HTMLReader.read(Array(page.utf8), context: ReadContext())
        #expect(document.metadata.title == "The Headline")
        #expect(document.metadata.byline == "Ann Writer")
        #expect(!document.allText.contains("injected"))
    }
}
