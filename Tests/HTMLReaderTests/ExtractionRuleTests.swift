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

    @Test func imageInsideAHeadingFollowsTheHeading() {
        let document = Fixture.document("heading-with-image.html")
        #expect(document.sectionHeadings == ["A tower that needed people"])
        #expect(document.kinds == [.paragraph, .heading, .image, .paragraph, .paragraph])
    }

    @Test func siblingHoldingADeepStrongCandidateJoinsTheArticle() {
        let document = Fixture.document("deep-first-part.html")
        #expect(document.sectionHeadings == ["The first weeks"])
        #expect(document.allText.contains("When the snow came early"))
        #expect(document.allText.contains("Most of the flocks survived"))
        #expect(!document.allText.contains("Weather"))
    }

    @Test func headingsJustBeforeTheBodyContainerJoinIt() {
        let document = Fixture.document("heading-before-body.html")
        #expect(document.sectionHeadings == ["Crews return to the harbour on Monday"])
        #expect(document.allText.contains("3 March, from the harbour desk"))
        #expect(!document.allText.contains("nine days"))
        #expect(!document.allText.contains("Island Gazette"))
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 4)
    }

    @Test func anElementMarkedAsTheArticleBodyIsKeptWhateverItsIDSays() {
        let document = Fixture.document("article-body-share-id.html")
        #expect(document.allText.contains("The night ferries between the three towns"))
        #expect(document.allText.contains("The first crossing on Friday leaves the north harbour"))
        #expect(!document.allText.contains("Lake life in pictures"))
        #expect(!document.allText.contains("A heron waits on the pier"))
        #expect(!document.allText.contains("Share on a network"))
        #expect(!document.allText.contains("Most read"))
        #expect(document.metadata.notice == nil)
    }

    @Test func aChromeLookingBoxThatOnlyWrapsTheRestOfTheStoryIsKept() {
        let document = Fixture.document("read-more-box.html")
        #expect(document.allText.contains("The city's last paper mill will close"))
        #expect(document.allText.contains("The company blamed the price of energy"))
        #expect(document.allText.contains("a process that could take two years"))
        #expect(!document.allText.contains("More stories"))
        #expect(!document.allText.contains("Library opens on Sundays"))
    }

    @Test func headingsLinkingToOtherSitesDoNotMakeAnIndexPage() {
        let document = Fixture.document("linked-headings-review.html")
        #expect(document.metadata.notice == nil)
        #expect(document.sectionHeadings == ["Lantern Bay", "Night Train to Varna", "Orchard", "Tin Soldiers", "Paper Kites"])
        #expect(document.allText.contains("A tactics game played on a kitchen table"))
    }

    @Test func headingsLinkingToThemselvesDoNotMakeAnIndexPage() {
        var page = "<html><head><title>Setting up the tool</title></head><body><div class=\"document\">"
        for topic in ["Installing", "Configuring", "First run", "Upgrading", "Removing"] {
            let anchor = topic.lowercased().replacingOccurrences(of: " ", with: "-")
            page += "<h2 id=\"\(anchor)\"><a href=\"#\(anchor)\">\(topic)</a></h2><p>\(topic) takes a few minutes: "
                + "read the whole section first, then follow its steps in order, checking each result before you go on.</p>"
        }
        page += "</div></body></html>"
        let document = HTMLReader.read(Array(page.utf8), context: ReadContext(source: .path("docs.html")))
        #expect(document.metadata.notice == nil)
        #expect(document.sectionHeadings.count == 5)
    }
}
