import Testing
@testable import ArticleKit

/// The title's byte and scalar paths give what the character-by-character code gave.
struct DisplayTitleDifferentialTests {
    /// Random file names of letters, digits, hex, separators and a few non-ASCII characters.
    @Test func fileNamesReadAsBefore() {
        let pieces = ["harbour", "a", "ab", "abc", "Plans", "2024", "0", "deadbeef", "c0ffee12", "x9", "-", "_", ".",
                      " ", "é", "Ω", "中文", "\r", "\r\n", "ß", "E\u{301}", "/"]
        // The edges of each rule: a hex part of seven and eight characters, a word
        // of two and three letters, letters just under and at half.
        for path in ["/x/harbour-2024abc.txt", "/x/harbour-2024abcd.txt", "ab-12.txt", "abc-12.txt", "abc-1234.txt",
                     "abc-123.txt", "Deadbeef-news.txt", "news_c0ffee12.md", "a.b.c", ".hidden", "plain"] {
            #expect(DisplayTitle.wordsFromFileName(path) == OracleDisplayTitle.wordsFromFileName(path), "\(path)")
        }
        var random = ParserRobustnessTests.SplitMix(state: 43)
        for round in 0..<4_000 {
            var name = ""
            for _ in 0..<Int.random(in: 0...8, using: &random) { name += pieces.randomElement(using: &random)! }
            let path = (Bool.random(using: &random) ? "/news/" : "") + name + (Bool.random(using: &random) ? ".txt" : "")
            if DisplayTitle.wordsFromFileName(path) != OracleDisplayTitle.wordsFromFileName(path) {
                Issue.record("round \(round): \(path.debugDescription)")
                return
            }
        }
    }

    /// Random sentences, wide and narrow, with spaces and the trimmed punctuation, at random widths.
    @Test func sentencesAreShortenedAsBefore() {
        let pieces = ["word", " ", "  ", "a", "中文", "，", "—", "–", ",", ";", ":", "-", "“quoted”", "é", "e\u{301}", "👍🏽",
                      "longerwordthanmost"]
        var random = ParserRobustnessTests.SplitMix(state: 47)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random)! }
            let columns = Int.random(in: 1...70, using: &random)
            if DisplayTitle.shorten(text, to: columns) != OracleDisplayTitle.shorten(text, to: columns) {
                Issue.record("round \(round), \(columns) columns: \(text.debugDescription)")
                return
            }
        }
    }

    /// Newline detection by bytes agrees with `Character.isNewline` on text with every newline kind.
    @Test func newlinesAreFoundAsBefore() {
        let pieces = ["a", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "é", "—", "€", "\u{2026}"]
        var random = ParserRobustnessTests.SplitMix(state: 53)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) { text += pieces.randomElement(using: &random)! }
            #expect(text.replacingNewlines() == String(text.map { $0.isNewline ? " " : $0 }))
        }
    }
}
