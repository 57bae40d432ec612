import Testing
@testable import ArticleKit

struct DisplayTitleTests {
    @Test func titleWinsWhenPresent() {
        let article = Article(title: "Real Title", sections: [Section(heading: nil, paragraphs: ["Lead."])])
        #expect(DisplayTitle.make(for: article, path: "/x/some-words.txt") == "Real Title")
    }

    @Test func hashLikeFileNamesAreNotTitles() {
        #expect(DisplayTitle.wordsFromFileName("/a/000_150ee73383b4e943.txt") == nil)
        #expect(DisplayTitle.wordsFromFileName("deadbeef12.txt") == nil)
        #expect(DisplayTitle.wordsFromFileName("20240314-0012.txt") == nil)
        #expect(DisplayTitle.wordsFromFileName("/news/harbour_plans-divide.txt") == "Harbour plans divide")
    }

    @Test func leadSentenceIsShortenedAtAWordBoundary() {
        let lead = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen. Second."
        let article = Article(sections: [Section(heading: nil, paragraphs: [lead])])
        let title = DisplayTitle.make(for: article, path: "/tmp/0a1b2c3d4e5f6a7b.txt")
        #expect(title.hasSuffix("…"))
        #expect(DisplayWidth.of(title) <= DisplayTitle.maxColumns)
        #expect(lead.hasPrefix(String(title.dropLast()) + " "))
    }

    @Test func shortFirstSentenceIsKeptWhole() {
        let article = Article(sections: [Section(heading: nil, paragraphs: ["Short lead. More text follows here."])])
        #expect(DisplayTitle.make(for: article, path: nil) == "Short lead.")
    }

    @Test func firstHeadingThenFallback() {
        let headed = Article(sections: [Section(heading: nil, paragraphs: []), Section(heading: "Why?", paragraphs: ["Because."])])
        #expect(DisplayTitle.make(for: headed, path: nil) == "Why?")
        let empty = Article(sections: [Section(heading: nil, paragraphs: [])])
        #expect(DisplayTitle.make(for: empty, path: "/tmp/123.txt") == "Untitled article")
    }

    @Test func titleIsSanitizedAndOnOneLine() {
        let article = Article(title: "Evil\u{1B}]0;x\u{7}", sections: [Section(heading: nil, paragraphs: [])])
        #expect(DisplayTitle.make(for: article, path: nil) == "Evil␛]0;x␇")
    }
}
