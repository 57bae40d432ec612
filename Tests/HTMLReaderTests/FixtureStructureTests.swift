import Testing
@testable import ArticleKit

/// One test per fixture page: title, byline, section headings, block kinds, and what must not show.
@Suite struct FixtureStructureTests {
    @Test func newsSiteKeepsTheStoryAndDropsChrome() {
        let document = Fixture.document("news-site.html")
        #expect(document.metadata.title == "Breakwater finished at last")
        #expect(document.metadata.byline == "Mara Lind")
        #expect(document.metadata.siteName == "Coast Herald")
        #expect(document.metadata.format == .html)
        #expect(document.metadata.notice == nil)
        #expect(document.sectionHeadings == ["What the traders say"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 4)
        for chrome in ["Most read", "comments", "Related", "All rights reserved", "Sport", "Storm closes port"] {
            #expect(!document.allText.contains(chrome), "\(chrome)")
        }
    }

    @Test func jsonLDGivesTitleAuthorsDateAndPublisher() {
        let document = Fixture.document("jsonld-metadata.html")
        #expect(document.metadata.title == "Tram line opens to the airport")
        #expect(document.metadata.byline == "Ana Ruiz, Tom Okafor")
        #expect(document.metadata.date == "2026-03-02T08:00:00Z")
        #expect(document.metadata.siteName == "City Post")
        #expect(document.kinds == [.paragraph, .paragraph, .paragraph])
    }

    @Test func jsonLDArticleBodyFillsAnEmptyPage() {
        let document = Fixture.document("jsonld-body-only.html")
        #expect(document.metadata.title == "Rainfall records broken across the north")
        #expect(document.metadata.byline == "Ivo Petrov")
        #expect(document.metadata.notice == nil)
        #expect(document.blocks.count == 2)
        #expect(document.blocks.first?.text.hasPrefix("Rainfall in the northern valleys") == true)
    }

    @Test func paywallTeaserKeepsOnlyTheLede() {
        let document = Fixture.document("paywall-teaser.html")
        #expect(document.metadata.title == "Inside the bank's lost year")
        #expect(document.metadata.notice == nil)
        #expect(document.blocks.count == 1)
        #expect(!document.allText.contains("Subscribe"))
        #expect(document.sectionHeadings.isEmpty)
    }

    @Test func liveBlogEntriesAreSections() {
        let document = Fixture.document("live-blog.html")
        #expect(document.sectionHeadings == ["Turnout passes 70 per cent", "First results from the islands", "Polls close"])
        #expect(document.metadata.date == "2026-05-10T23:10")
    }

    @Test func questionHeadingsGetTheQuestionRole() {
        let document = Fixture.document("qa-explainer.html")
        #expect(document.sectionHeadings == ["What changes?", "Who pays more?", "When does it start"])
        let roles = document.blocks.filter { $0.kind == .heading }.map(\.role)
        #expect(roles == [.question, .question, .body])
        #expect(document.blocks.filter { $0.kind == .heading }.allSatisfy { $0.level == 2 })
    }

    @Test func boldQuestionParagraphsAreHeadings() {
        let document = Fixture.document("bold-questions.html")
        #expect(document.sectionHeadings == ["Why now?", "What happens next?"])
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.allSatisfy { $0.role == .question && $0.level == 3 })
        #expect(document.blocks.last?.kind == .paragraph)
        #expect(document.blocks.last?.text.hasPrefix("Note:") == true)
    }

    @Test func ampPageReadsAmpImagesAndCanonicalURL() {
        let document = Fixture.document("amp-page.html")
        #expect(document.metadata.url == "https://example.com/news/lighthouse-keeper")
        #expect(document.blocks.first?.kind == .image)
        #expect(document.blocks.first?.text == "[image: The keeper on the gallery]")
        #expect(!document.allText.contains("Home"))
    }

    @Test func dataTablesBecomeRowsWithAHeader() {
        let document = Fixture.document("tables.html")
        let rows = document.blocks.filter { $0.kind == .tableRow }
        #expect(rows.map(\.text) == ["Reservoir | Level", "North | 71%", "South | 64%"])
        #expect(rows.map(\.level) == [1, 0, 0])
        #expect(rows[2].cells == ["South", "64%"])
        #expect(rows[2].spans == [InlineSpan(start: 0, end: 5, style: .strong)])
        #expect(document.blocks.contains { $0.kind == .caption && $0.text == "Levels by reservoir" })
    }

    @Test func lazyImagesUseAltOrTheNoscriptCopy() {
        let images = Fixture.document("lazy-images.html").blocks.filter { $0.kind == .image }.map(\.text)
        #expect(images == ["[image: The towpath at dawn]", "[image: Lock gates under repair]", "[image]"])
    }

    @Test func noscriptTextNeverShows() {
        let document = Fixture.document("noscript.html")
        #expect(!document.allText.contains("JavaScript"))
        #expect(!document.allText.contains("scripts"))
        #expect(document.blocks.count == 3)
    }

    @Test func malformedMarkupStillReads() {
        let document = Fixture.document("malformed.html")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[1].contains("bold text that is never closed properly and still reads fine"))
        #expect(document.blocks.contains { $0.kind == .listItem && $0.text == "second item" } || paragraphs.count == 3)
    }

    @Test func windows1252DeclaredInMetaIsConverted() {
        let document = Fixture.document("windows-1252.html")
        #expect(document.metadata.title == "Café society")
        #expect(document.blocks.first?.text.contains("The café on the corner – the one with the green awning –") == true)
        #expect(document.blocks.first?.text.contains("“with a heavy heart”") == true)
        #expect(document.blocks.last?.text.contains("naïve") == true)
    }

    @Test func validUTF8WinsOverADeclaredGB2312() {
        let document = Fixture.document("gb2312-utf8.html")
        #expect(document.metadata.title == "新闻")
        #expect(document.blocks.first?.text.hasPrefix("城市的新地铁线今天开通，") == true)
    }

    @Test func realGB2312BytesAreConverted() {
        let document = Fixture.document("gb2312-legacy.html")
        #expect(document.metadata.title == "新闻")
        #expect(document.blocks.first?.text.hasPrefix("城市的新地铁线今天开通") == true)
    }

    @Test func indexPageShowsItsTextWithANotice() {
        let document = Fixture.document("index-page.html")
        #expect(document.metadata.notice == HTMLReader.notArticleNotice)
        #expect(document.allText.contains("Tram line opens to the airport"))
        #expect(document.allText.contains("She promised cheaper buses."))
    }

    @Test func openGraphOnlyMetadata() {
        let document = Fixture.document("opengraph-only.html")
        #expect(document.metadata.title == "Bakery wins national prize")
        #expect(document.metadata.siteName == "Valley News")
        #expect(document.metadata.date == "2026-02-14T09:30:00+01:00")
        #expect(document.metadata.url == "https://valley.example/bakery-prize")
        #expect(document.blocks.count == 2)
    }

    @Test func baseHrefResolvesRelativeLinks() {
        let links = Fixture.document("base-href.html", url: "https://www.example.org/page").blocks[0].spans.compactMap(\.style.url)
        #expect(links == [
            "https://static.example.org/archive/2026/report.pdf",
            "https://static.example.org/archive/2025/summary.html",
            "https://static.example.org/about",
            "https://cdn.example.net/x",
        ])
    }

    @Test func hiddenElementsNeverShow() {
        let document = Fixture.document("hidden-elements.html")
        #expect(!document.allText.contains("SECRET"))
        #expect(document.blocks.count == 2)
    }

    @Test func shareBarsAreDropped() {
        let document = Fixture.document("share-bar.html")
        #expect(!document.allText.contains("Share"))
        #expect(!document.allText.contains("Tweet"))
        #expect(document.blocks.count == 2)
    }

    @Test func cookieBannersAndPopupsAreDropped() {
        let document = Fixture.document("cookie-banner.html")
        #expect(!document.allText.contains("cookies"))
        #expect(!document.allText.contains("newsletter"))
        #expect(document.blocks.count == 2)
    }

    @Test func authorBoxAndSourceLineClose() {
        let document = Fixture.document("author-and-source.html")
        #expect(document.metadata.byline == nil)
        #expect(document.closingTexts(.source) == ["Source: City Transport Archive"])
        #expect(document.closingTexts(.authorNote) == ["About the author", "Lena Brandt is a reporter covering transport and urban planning."])
        #expect(document.sections.count == 2)
        #expect(document.sections[0].body.count == 3)
    }

    @Test func nestedListsKeepDepthAndNumbers() {
        let items = Fixture.document("nested-lists.html").blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.text) == ["Check your supplies", "Water for three days", "Batteries and a torch",
                                      "Tie down loose objects", "Third step: close the shutters", "Fourth step: stay indoors"])
        #expect(items.map(\.level) == [1, 2, 2, 1, 1, 1])
        #expect(items.map(\.marker) == ["•", "•", "•", "•", "3.", "4."])
    }

    @Test func codeBlocksKeepLineBreaksAndInlineCodeIsASpan() {
        let document = Fixture.document("code-blocks.html")
        let code = document.blocks.first { $0.kind == .code }
        #expect(code?.text == "for f in *.txt; do\n    wc -w \"$f\"\ndone")
        #expect(code?.details == ["sh"])
        let last = document.blocks.last!
        #expect(last.spans.filter { $0.style == .code }.count == 2)
        #expect(last.runs.first { $0.styles == [.code] }?.text == "wc")
    }

    @Test func figureGivesImageAndCaption() {
        let document = Fixture.document("figure-caption.html")
        #expect(document.kinds == [.paragraph, .image, .caption, .paragraph])
        let caption = document.blocks[2]
        #expect(caption.text == "The bridge opened on Saturday. Photo: R. Mendes")
        #expect(caption.runs.last?.styles == [.emphasis])
    }

    @Test func scriptsStylesAndTemplatesNeverShow() {
        let text = Fixture.document("script-style.html").allText
        for secret in ["SCRIPT_TEXT", "STYLE", "TEMPLATE", "JSON_TEXT", "color"] { #expect(!text.contains(secret), "\(secret)") }
    }

    @Test func unsafeLinksStayPlainText() {
        let paragraph = Fixture.document("javascript-links.html").blocks[0]
        #expect(paragraph.spans.compactMap(\.style.url) == ["https://example.com/safe"])
        #expect(paragraph.text.contains("click this script link"))
    }

    @Test func nestedArticlesKeepTheEmbeddedPostAndDropTeasers() {
        let document = Fixture.document("nested-articles.html")
        #expect(document.allText.contains("An embedded post quoted in the story"))
        #expect(!document.allText.contains("Another story"))
        #expect(document.sectionHeadings.isEmpty)
    }

    @Test func blockquotesBecomeQuoteBlocks() {
        let document = Fixture.document("blockquote-page.html")
        #expect(document.kinds == [.paragraph, .quote, .quote, .paragraph])
    }

    @Test func doubleBreaksSplitParagraphsSingleBreaksDoNot() {
        let paragraphs = Fixture.document("br-paragraphs.html").blocks.map(\.text)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].contains("a single line break that only wraps"))
    }

    @Test func headingLevelsMapToSectionsAndStrongText() {
        let document = Fixture.document("headings-levels.html")
        #expect(document.sectionHeadings == ["Background", "Earlier plans"])
        #expect(!document.blocks.contains { $0.kind == .heading && $0.level == 1 })
        let minor = document.blocks.first { $0.text == "A minor label" }
        #expect(minor?.kind == .paragraph)
        #expect(minor?.spans == [InlineSpan(start: 0, end: 13, style: .strong)])
    }

    @Test func entitiesAndWhiteSpaceCollapseLikeABrowser() {
        let document = Fixture.document("entities-whitespace.html")
        #expect(document.metadata.title == "Fish & chips — a history")
        #expect(document.blocks[0].text == "Fish & chips arrived in the port town in 1860, — or so the \"official\" history says, though others disagree loudly.")
        #expect(document.blocks[1].text == "Softhyphens and zero width spaces and a stray control char are dropped from the text the reader shows.")
    }

    @Test func layoutTablesAreReadAsText() {
        let document = Fixture.document("data-table-layout.html")
        #expect(!document.blocks.contains { $0.kind == .tableRow })
        #expect(!document.allText.contains("Archive"))
        #expect(document.blocks.count == 3)
    }

    @Test func formatReadersSendPagesToTheHTMLReader() {
        let document = FormatReaders.read(Fixture.bytes("qa-explainer.html"), as: .html, context: ReadContext())
        #expect(document.metadata.format == .html)
        #expect(document.sectionHeadings.count == 3)
    }
}
