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
