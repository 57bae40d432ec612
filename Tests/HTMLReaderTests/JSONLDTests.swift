import Testing
@testable import ArticleKit

/// The small JSON parser and what JSON-LD metadata takes from it.
@Suite struct JSONLDTests {
    @Test func parsesTheJSONGrammar() {
        let value = JSONParser.parse(#" {"a": [1, -2.5e1, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#)
        #expect(value?["a"] == .array([.number(1), .number(-25), .bool(true), .bool(false), .null]))
        #expect(value?["b"]?.string == "x\"\\/\né😀")
    }

    @Test func rejectsBrokenInputWithoutTrapping() {
        for text in ["", "{", "[1,", "{\"a\" 1}", "\"open", "tru", "{\"a\":1} x", "\"\\u12\"", "[" + String(repeating: "[", count: 5000)] {
            #expect(JSONParser.parse(text) == nil, "\(text.prefix(20))")
        }
    }

    @Test func toleratesTrailingCommasAndRawNewlinesInStrings() {
        #expect(JSONParser.parse("[1,2,]") == .array([.number(1), .number(2)]))
        #expect(JSONParser.parse("{\"a\":\"line\nbreak\",}")?["a"]?.string == "line\nbreak")
    }

    @Test(arguments: ["\n", "\r\n"])
    func aCDATAWrapperOnLinesOfItsOwnIsRemoved(lineEnd: String) {
        let script = lineEnd + "    <![CDATA[" + lineEnd + "  {\"@type\":\"NewsArticle\",\"headline\":\"Ferries return\"}" + lineEnd + "    ]]>" + lineEnd + "  "
        #expect(JSONLDMetadata.read([script])?.title == "Ferries return")
    }

    /// A page whose JSON-LD gives both `name` and `headline`, with `<title>` and `og:site_name`.
    static func titled(name: String, headline: String, title: String, site: String) -> Document {
        let ld = #"{"@type":"NewsArticle","name":"\#(name)","headline":"\#(headline)"}"#
        let page = "<html><head><title>\(title)</title><meta property=\"og:site_name\" content=\"\(site)\">"
            + "<script type=\"application/ld+json\">\(ld)</script></head><body><p>Text.</p></body></html>"
        return HTMLReader.read(Array(page.utf8), context: ReadContext(source: .path("t.html")))
    }

    @Test func nameAndHeadlineTheOneMatchingTheWindowTitleWins() {
        #expect(Self.titled(name: "City Post", headline: "Tram line opens to the airport",
                            title: "Tram line opens to the airport | City Post", site: "City Post").metadata.title
                == "Tram line opens to the airport")
    }

    @Test func nameAndHeadlineNeitherMatchingNameWinsUnlessItIsTheSite() {
        // Wikipedia: the headline is a description, the name is the article's.
        #expect(Self.titled(name: "New Zealand", headline: "island country in the Pacific",
                            title: "New Zealand - Wikipedia", site: "Wikipedia").metadata.title == "New Zealand")
        // A site that names itself in `name`, with a window title of another article.
        #expect(Self.titled(name: "City Post", headline: "Tram line opens to the airport",
                            title: "Bridge closed for repairs", site: "City Post - News from the city").metadata.title
                == "Tram line opens to the airport")
    }

    @Test func authorsFromStringObjectOrArray() {
        #expect(JSONLDMetadata.authorNames(.string("Ana")) == "Ana")
        #expect(JSONLDMetadata.authorNames(.object([("name", .string("Ana"))])) == "Ana")
        #expect(JSONLDMetadata.authorNames(.array([.object([("name", .string("Ana"))]), .string("Tom"), .string("Ana")])) == "Ana, Tom")
        #expect(JSONLDMetadata.authorNames(.string("https://example.com/people/ana")) == nil)
    }

    @Test func findsTheArticleInAGraphAndSkipsOtherTypes() {
        let script = """
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
         {"@type":["NewsArticle"],"headline":"Ferry &amp; bus strike","datePublished":"2026-01-05",
          "author":{"@type":"Person","name":"Ivo"},"publisher":{"name":"Daily"},"articleBody":"Body."}]}
        """
        let metadata = JSONLDMetadata.read(["not json", script])
        #expect(metadata?.title == "Ferry & bus strike")
        #expect(metadata?.author == "Ivo")
        #expect(metadata?.datePublished == "2026-01-05")
        #expect(metadata?.publisher == "Daily")
        #expect(metadata?.articleBody == "Body.")
    }

    @Test func commentWrappedScriptsAreRead() {
        #expect(JSONLDMetadata.read(["<!-- {\"@type\":\"Article\",\"headline\":\"H\"} -->"])?.title == "H")
    }
}
