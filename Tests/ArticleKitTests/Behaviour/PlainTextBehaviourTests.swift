import Testing
@testable import ArticleKit

/// The plain-text rules as behaviour: small articles and the structure each must give,
/// written from the rules' intent (title, byline and date at the top; question and
/// short headings; paragraphs joined across hard wraps; sources and the author note
/// at the end). These stand where the frozen copy of the old parser stood.
@Suite struct PlainTextBehaviourTests {
    /// An article as lines: "title: …", "by: …", "date: …", "## heading", "p: …", "source: …", "author: …".
    static func outline(_ article: Article) -> [String] {
        var lines: [String] = []
        if let title = article.title { lines.append("title: " + title) }
        if let byline = article.byline { lines.append("by: " + byline) }
        if let date = article.dateline { lines.append("date: " + date) }
        for section in article.sections {
            if let heading = section.heading { lines.append("## " + heading) }
            lines += section.paragraphs.map { "p: " + $0 }
        }
        lines += article.sources.map { "source: " + $0 }
        lines += article.authorNote.map { "author: " + $0 }
        return lines
    }

    /// The outline of `text` parsed from its bytes, checked to be the same from the decoded string.
    static func parsed(_ text: String) -> [String] {
        let fromBytes = outline(ArticleParser.parse(bytes: Array(text.utf8)))
        #expect(outline(ArticleParser.parse(text)) == fromBytes, "the byte and string paths differ")
        return fromBytes
    }

    @Test func titleBylineAndDateOpenTheArticle() {
        #expect(Self.parsed("""
        Harbour tunnel approved
        By Jane Doe and John Roe, Reuters
        March 21, 2024

        The council voted on Tuesday.
        """) == ["title: Harbour tunnel approved", "by: By Jane Doe and John Roe, Reuters", "date: March 21, 2024",
                 "p: The council voted on Tuesday."])
    }

    @Test func aFirstLineEndingInAPeriodIsNoTitle() {
        #expect(Self.parsed("""
        The council voted on Tuesday.

        Work starts in spring.
        """) == ["p: The council voted on Tuesday.", "p: Work starts in spring."])
    }

    @Test func questionLinesBecomeHeadingsOfTheirSections() {
        #expect(Self.parsed("""
        Five questions

        The lead paragraph comes first.

        What is being built?
        A tunnel under the harbour.

        1. Who pays for it?
        The city and the state.
        """) == ["title: Five questions", "p: The lead paragraph comes first.",
                 "## What is being built?", "p: A tunnel under the harbour.",
                 "## 1. Who pays for it?", "p: The city and the state."])
    }

    @Test func aFullWidthQuestionMarkMakesAHeadingToo() {
        #expect(Self.parsed("""
        隧道

        市议会周二批准了隧道。

        谁来付钱？
        市政府和州政府。
        """) == ["title: 隧道", "p: 市议会周二批准了隧道。", "## 谁来付钱？", "p: 市政府和州政府。"])
    }

    @Test func questionsThatAreQuotedLowerCaseOrSeveralSentencesStayText() {
        #expect(Self.parsed("""
        Title here

        Intro text for the piece.

        "Why now?" she asked.
        why would anyone ask?
        It was late. Was it too late?
        """) == ["title: Title here", "p: Intro text for the piece.",
                 "p: \"Why now?\" she asked.", "p: why would anyone ask?", "p: It was late. Was it too late?"])
    }

    /// A line that ends a sentence also ends its paragraph (text written one line per paragraph).
    @Test func aShortLineEndingInSentencePunctuationIsNoHeading() {
        #expect(Self.parsed("""
        Title here

        Intro text for the piece.

        It rained.
        Then the sun came out over the bay.
        """) == ["title: Title here", "p: Intro text for the piece.",
                 "p: It rained.", "p: Then the sun came out over the bay."])
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() {
        #expect(Self.parsed("""
        Title here

        The council voted on Tuesday after a decade
        of debate, and construction is due to begin
        next spring.
        """) == ["title: Title here",
                 "p: The council voted on Tuesday after a decade of debate, and construction is due to begin next spring."])
    }

    @Test func everyLineEndingSplitsLinesTheSameWay() {
        let expected = ["title: Title here", "p: First paragraph.", "p: Second paragraph."]
        #expect(Self.parsed("Title here\n\nFirst paragraph.\n\nSecond paragraph.\n") == expected)
        #expect(Self.parsed("Title here\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n") == expected)
        #expect(Self.parsed("Title here\r\rFirst paragraph.\r\rSecond paragraph.\r") == expected)
    }

    @Test func sourceLinesAtTheEndAreSources() {
        #expect(Self.parsed("""
        Title here

        The council voted on Tuesday.

        Source: Kathimerini
        According to the New York Times
        """) == ["title: Title here", "p: The council voted on Tuesday.",
                 "source: Source: Kathimerini", "source: According to the New York Times"])
    }

    @Test func aSourceLikeLineInTheMiddleIsText() {
        #expect(Self.parsed("""
        Title here

        Source: the council's own figures.

        The vote was close.
        """) == ["title: Title here", "p: Source: the council's own figures.", "p: The vote was close."])
    }

    @Test func anAuthorNoteEndsTheArticleAfterItsSources() {
        #expect(Self.parsed("""
        Title here

        The council voted on Tuesday.

        Source: Reuters

        Anna White is a journalist at 247 News Reel, where she writes on world news.
        """) == ["title: Title here", "p: The council voted on Tuesday.", "source: Source: Reuters",
                 "author: Anna White is a journalist at 247 News Reel, where she writes on world news."])
    }

    @Test func anAboutTheAuthorLineStartsTheNote() {
        #expect(Self.parsed("""
        Title here

        The council voted on Tuesday.

        About the author
        Anna writes on cities.
        """) == ["title: Title here", "p: The council voted on Tuesday.",
                 "author: About the author", "author: Anna writes on cities."])
    }

    @Test func aByteOrderMarkIsNotText() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title here\n\nBody text.\n".utf8)
        #expect(Self.outline(ArticleParser.parse(bytes: bytes)) == ["title: Title here", "p: Body text."])
    }
}
