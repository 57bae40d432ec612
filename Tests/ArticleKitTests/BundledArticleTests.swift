import Foundation
import Testing
@testable import ArticleKit

/// The bundled sample article parses into exactly the expected structure.
struct BundledArticleTests {
    let text: String
    let article: Article

    init() throws {
        text = try Fixtures.bundledText()
        article = ArticleParser.parse(text)
    }

    @Test func hasNoTitle() {
        #expect(article.title == nil)
        #expect(article.byline == nil)
        #expect(article.dateline == nil)
    }

    @Test func leadHasFiveParagraphs() throws {
        #expect(article.lead.heading == nil)
        try #require(article.lead.paragraphs.count == 5)
        #expect(article.lead.paragraphs[0].hasPrefix("Chinese leader Xi Jinping"))
        #expect(article.lead.paragraphs[4].hasSuffix("five key questions."))
    }

    @Test func hasFiveQuestionSectionsInOrder() {
        let outline = article.headedSections.map { ($0.heading ?? "", $0.paragraphs.count) }
        let expected = [
            ("Allies of China and Russia?", 3),
            ("How close is the relationship between Xi and Putin?", 1),
            ("What are the economic relations between Russia and China?", 1),
            ("What does Putin want from China?", 4),
            ("What does Xi want from Russia?", 3),
        ]
        #expect(outline.map(\.0) == expected.map(\.0))
        #expect(outline.map(\.1) == expected.map(\.1))
    }

    @Test func sourcesAreSeparateFromTheLastAnswer() {
        #expect(article.sources == ["According to the New York Times", "Source: Kathimerini"])
        let lastAnswer = article.sections.last?.paragraphs.last ?? ""
        #expect(lastAnswer.hasSuffix("as a show of force."))
    }

    @Test func authorNoteIsTheLastParagraph() throws {
        try #require(article.authorNote.count == 1)
        #expect(article.authorNote[0].hasPrefix("Anna White is a journalist"))
    }

    @Test func everyLineIsAccountedFor() {
        #expect(TextAccounting.problem(text: text, article: article) == nil)
    }

    @Test func bytesAndTextParseTheSame() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.bundledArticlePath)))
        #expect(ArticleParser.parse(bytes: bytes) == article)
    }

    @Test func displayTitleIsDerivedFromTheLead() throws {
        let loaded = try ArticleLoader.load(path: Fixtures.bundledArticlePath)
        #expect(!loaded.displayTitle.isEmpty)
        #expect(!loaded.displayTitle.contains("150ee73383b4e943"))
        #expect(loaded.displayTitle.hasPrefix("Chinese leader Xi Jinping"))
        #expect(loaded.displayTitle.hasSuffix("…"))
        #expect(DisplayWidth.of(loaded.displayTitle) <= DisplayTitle.maxColumns)
        #expect(loaded.article == article)
    }
}
