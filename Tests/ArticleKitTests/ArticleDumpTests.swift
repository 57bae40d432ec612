import Foundation
import Testing
@testable import ArticleKit

struct ArticleDumpTests {
    @Test func jsonOfBundledArticleParsesBackWithTheRightShape() throws {
        let article = ArticleParser.parse(try Fixtures.bundledText())
        let json = ArticleDump.json(article)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] is NSNull)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.count == 6)
        #expect(sections[0]["heading"] is NSNull)
        #expect((sections[0]["paragraphs"] as? [String])?.count == 5)
        #expect(sections[1]["heading"] as? String == "Allies of China and Russia?")
        #expect(sections.dropFirst().compactMap { $0["heading"] as? String } == article.headedSections.compactMap(\.heading))
        #expect(sections.map { ($0["paragraphs"] as? [String])?.count ?? -1 } == article.sections.map(\.paragraphs.count))
        #expect(object["sources"] as? [String] == article.sources)
        #expect(object["authorNote"] as? [String] == article.authorNote)
    }

    @Test func jsonEscapesAndSanitizes() throws {
        let article = Article(
            title: "Quote \" and \\ backslash\u{1B}]0;x\u{7}",
            sections: [Section(heading: nil, paragraphs: ["tab\there", "nul\u{0}"]),
                       Section(heading: "Bidi\u{202E}?", paragraphs: [])],
            sources: ["Source: \u{9B}X"]
        )
        let json = ArticleDump.json(article)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Quote \" and \\ backslash␛]0;x␇")
        #expect(object["byline"] is NSNull)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections[0]["paragraphs"] as? [String] == ["tab     here", "nul␀"])
        #expect(sections[1]["heading"] as? String == "Bidi⟨U+202E⟩?")
        #expect(object["sources"] as? [String] == ["Source: ⟨U+009B⟩X"])
        #expect(object["authorNote"] as? [String] == [])
    }

    @Test func textOutlineListsEveryPart() throws {
        let article = ArticleParser.parse(try Fixtures.text("sources_author.txt"))
        let outline = ArticleDump.text(article, displayTitle: "unused")
        #expect(outline.hasPrefix("# Coral Reefs Show Signs of Recovery\n"))
        #expect(outline.contains("## Lead\n\nDivers counted"))
        #expect(outline.contains("## Can the reefs recover fully?\n\nScientists say"))
        #expect(outline.contains("## Sources\n- Sources: Marine Institute annual survey, Reuters\n- Via Ocean Watch\n- Photo: Reef Project"))
        #expect(outline.contains("## About the author\n\nAbout the author\n\nJonas Berg"))
    }

    @Test func textOutlineUsesDisplayTitleAndSanitizes() {
        let article = Article(sections: [Section(heading: nil, paragraphs: ["evil \u{1B}[2J text"])])
        let outline = ArticleDump.text(article, displayTitle: "Derived")
        #expect(outline.hasPrefix("# Derived\n"))
        #expect(outline.contains("evil ␛[2J text"))
        #expect(!outline.unicodeScalars.contains("\u{1B}"))
    }
}
