import Testing
@testable import ArticleKit

/// One test per fixture file, each checking structure and that no text is lost.
struct FixtureParsingTests {
    /// Parses a fixture and checks the no-text-lost rule on it.
    func parsed(_ name: String) throws -> Article {
        let text = try Fixtures.text(name)
        let article = ArticleParser.parse(text)
        #expect(TextAccounting.problem(text: text, article: article) == nil, "\(name)")
        return article
    }

    @Test func blankLineSeparatedParagraphs() throws {
        let article = try parsed("blank_separated.txt")
        #expect(article.title == "Harbour Plans Divide the Island")
        #expect(article.lead.paragraphs.count == 2)
        #expect(article.headedSections.map(\.heading) == ["Why now?", "What happens to the fishermen?"])
        #expect(article.headedSections.map(\.paragraphs.count) == [1, 2])
    }

    @Test func singleNewlineParagraphs() throws {
        let article = try parsed("single_newlines.txt")
        #expect(article.title == nil)
        #expect(article.lead.paragraphs == [
            "The river rose three metres overnight, flooding the lower town.",
            "Residents were woken by sirens shortly after two in the morning.",
            "Many spent the night on the roofs of their houses.",
        ])
        #expect(article.headedSections.map(\.heading) == ["Is the dam safe?", "Who pays for the damage?"])
        #expect(article.headedSections.map(\.paragraphs.count) == [2, 1])
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let article = try parsed("hard_wrapped.txt")
        #expect(article.title == "Rail Strike Enters Second Week")
        #expect(article.lead.paragraphs.count == 3)
        #expect(article.lead.paragraphs[0].hasPrefix("Commuters faced another morning of cancelled trains on Monday as the strike by"))
        #expect(article.lead.paragraphs[0].hasSuffix("withdrew its offer."))
        // A line that ends a sentence early starts a new paragraph.
        #expect(article.lead.paragraphs[1] == "Management called the stoppage irresponsible and said the offer was generous. It runs to the end of next year.")
        #expect(article.lead.paragraphs[2] == "Passengers, meanwhile, are running out of patience.")
        #expect(article.headedSections.map(\.heading) == ["What does the union want?", "How long can it last?"])
        #expect(article.headedSections.map(\.paragraphs.count) == [1, 2])
        #expect(article.sections[2].paragraphs[0].hasSuffix("according to officials of the union, who asked not to be named."))
        // A question that continues a full wrapped line is not a heading.
        #expect(article.sections[2].paragraphs[1] == "Members of the union met again on Sunday evening and talked until late. Could a deal be reached before the holidays?")
        #expect(article.sources.isEmpty)
    }

    /// The three storm fixtures differ only in line endings.
    func expectStormStructure(_ article: Article) {
        #expect(article.title == "Storm Warning")
        #expect(article.lead.paragraphs == ["The coast guard issued a storm warning for the weekend.", "Boats should stay in harbour."])
        #expect(article.headedSections.map(\.heading) == ["How strong will the wind be?"])
        #expect(article.sections.last?.paragraphs == ["Gusts may reach 110 km/h on the capes."])
        #expect(!article.sections.flatMap(\.paragraphs).contains { $0.contains("\r") })
    }

    @Test func crlfLineEndings() throws {
        expectStormStructure(try parsed("crlf.txt"))
    }

    @Test func crLineEndings() throws {
        expectStormStructure(try parsed("cr.txt"))
    }

    @Test func mixedLineEndings() throws {
        expectStormStructure(try parsed("mixed_endings.txt"))
    }

    @Test func rawTextWithCRLFParsesLikeDecodedText() throws {
        let raw = String(decoding: try Fixtures.bytes("crlf.txt"), as: UTF8.self)
        #expect(ArticleParser.parse(raw) == ArticleParser.parse(try Fixtures.text("crlf.txt")))
    }

    @Test func byteOrderMarkIsDropped() throws {
        let article = try parsed("bom.txt")
        #expect(article.title == "Market Report")
        #expect(article.headedSections.map(\.heading) == ["Will the rally last?"])
        #expect(ArticleParser.parse(bytes: try Fixtures.bytes("bom.txt")) == article)
    }

    @Test func titleBylineAndDateline() throws {
        let article = try parsed("title_byline_date.txt")
        #expect(article.title == "New Bridge Opens to Traffic")
        #expect(article.byline == "By Maria Lopez and Tom Becker")
        #expect(article.dateline == "March 14, 2024")
        #expect(article.lead.paragraphs.count == 2)
        #expect(article.headedSections.map(\.heading) == ["Was it worth the wait?"])
    }

    @Test func fullWidthQuestionMarkHeadings() throws {
        let article = try parsed("fullwidth_questions.txt")
        #expect(article.title == nil)
        #expect(article.lead.paragraphs.count == 2)
        #expect(article.headedSections.map(\.heading) == ["为什么今年开得这么早？", "花期会持续多久？"])
        #expect(article.headedSections.map(\.paragraphs.count) == [1, 1])
    }

    @Test func numberedHeadings() throws {
        let article = try parsed("numbered_headings.txt")
        #expect(article.title == "Election Night: Five Things to Watch")
        #expect(article.headedSections.map(\.heading) == [
            "1. Which lines will the new districts follow?",
            "2. Will turnout beat the record?",
            "3) Who wins the suburbs?",
        ])
        #expect(article.headedSections.allSatisfy { $0.paragraphs.count == 1 })
    }

    @Test func standAloneHeadingsWithoutQuestionMark() throws {
        let article = try parsed("standalone_headings.txt")
        #expect(article.title == "A Year on the Farm")
        #expect(article.lead.paragraphs.count == 2)
        #expect(article.headedSections.map(\.heading) == ["Spring", "The Long Summer"])
        #expect(article.headedSections.map(\.paragraphs.count) == [2, 1])
        #expect(article.sources == ["Photo: Farm archive"])
    }

    @Test func oneLineArticleIsOnlyALead() throws {
        let article = try parsed("one_line.txt")
        #expect(article.title == nil)
        #expect(article.sections == [Section(heading: nil, paragraphs: ["Is this the shortest article ever written?"])])
    }

    @Test func articleWithoutHeadingsHasOneLeadSection() throws {
        let article = try parsed("no_headings.txt")
        #expect(article.title == nil)
        #expect(article.sections.count == 1)
        #expect(article.lead.paragraphs.count == 3)
    }

    @Test func questionsInsideParagraphsAndQuotesAreNotHeadings() throws {
        let article = try parsed("inline_questions.txt")
        #expect(article.title == "Night Buses Return")
        #expect(article.sections.count == 1)
        #expect(article.lead.paragraphs.count == 7)
    }

    @Test func sourcesAndAboutTheAuthorBlock() throws {
        let article = try parsed("sources_author.txt")
        #expect(article.headedSections.map(\.heading) == ["Can the reefs recover fully?"])
        #expect(article.sections.last?.paragraphs == ["Scientists say it depends on the next three summers."])
        #expect(article.sources == ["Sources: Marine Institute annual survey, Reuters", "Via Ocean Watch", "Photo: Reef Project"])
        #expect(article.authorNote == [
            "About the author",
            "Jonas Berg writes about the sea and the people who live from it.",
            "He lives on the west coast.",
        ])
    }

    @Test func reporterAuthorNoteAfterAccordingToSource() throws {
        let article = try parsed("author_reporter.txt")
        #expect(article.title == "Town Hall Gets a Green Roof")
        #expect(article.sections.count == 1)
        #expect(article.lead.paragraphs.count == 2)
        #expect(article.sources == ["According to the town architect"])
        #expect(article.authorNote == ["Lena Novak is a reporter for the Valley Gazette, covering local politics."])
    }

    @Test func invalidUTF8AndNULAreRepairedAndKept() throws {
        let article = try parsed("invalid_utf8.txt")
        #expect(article.title == "Broken Bytes")
        let lead = article.lead.paragraphs.joined(separator: "\n")
        #expect(lead.contains("\u{FFFD}"))
        #expect(lead.contains("\u{0}"))
        #expect(article.headedSections.map(\.heading) == ["Is it still readable?"])
    }
}
