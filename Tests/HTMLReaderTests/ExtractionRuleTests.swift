import Testing
@testable import ArticleKit

/// Extraction rules checked on small pages of their own: each test fails without its rule.
@Suite struct ExtractionRuleTests {
    @Test func cjkArticleWithShortParagraphsIsAnArticle() {
        let document = Fixture.document("cjk-short-paragraphs.html")
        #expect(document.metadata.notice == nil)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 5)
        #expect(!document.allText.contains("首頁"))
        #expect(ReadingLength.of("港口ab") == 8)
    }
}
