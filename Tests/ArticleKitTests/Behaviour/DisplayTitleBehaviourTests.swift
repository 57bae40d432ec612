import Testing
@testable import ArticleKit

/// Titles from file names and shortened sentences, case by case at the edges of each rule.
@Suite struct DisplayTitleBehaviourTests {
    @Test(arguments: [
        ("/news/china-and-russia.txt", "China and russia"),
        ("/x/harbour-2024abc.txt", "Harbour 2024abc"),      // a hex part of seven characters is not hash-like
        ("/x/harbour-2024abcd.txt", nil),                   // eight hex characters with a digit are
        ("news_c0ffee12.md", nil),
        ("Deadbeef-news.txt", "Deadbeef news"),             // hex letters without a digit are a word
        ("ab-12.txt", nil),                                 // no part of three letters
        ("abc-12.txt", "Abc 12"),
        ("abc-123.txt", "Abc 123"),                         // letters exactly half
        ("abc-1234.txt", nil),                              // letters under half
        ("a.b.c", nil),
        (".hidden", "Hidden"),                              // a leading dot is not an extension
        ("plain", "Plain"),
        ("中文标题-新闻.txt", "中文标题 新闻"),
    ] as [(String, String?)])
    func fileNamesReadAsWordsOrNot(path: String, title: String?) {
        #expect(DisplayTitle.wordsFromFileName(path) == title)
    }

    @Test func sentencesAreCutAtAWordBoundaryWithAnEllipsis() {
        #expect(DisplayTitle.shorten("short", to: 10) == "short")
        #expect(DisplayTitle.shorten("The council voted on Tuesday after a decade", to: 20) == "The council voted…")
        #expect(DisplayTitle.shorten("中文中文中文中文中文", to: 9) == "中文中文…")
        #expect(DisplayTitle.shorten("Harbour, tunnel, approved today", to: 10) == "Harbour…")
        // A space in the first half is no place to cut: the text is cut mid-word.
        #expect(DisplayTitle.shorten("A verylongwordthatgoeson", to: 12) == "A verylongw…")
        // Decomposed accents count as one column each with their base letter.
        #expect(DisplayTitle.shorten("Cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e", to: 12) == "Cafe\u{301} cre\u{300}me…")
    }
}
