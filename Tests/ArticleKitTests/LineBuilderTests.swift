import Testing
@testable import ArticleKit

/// Wrapping: the fast paths (ASCII, one scalar a character) give the lines of the
/// general walk by characters, and the lines break where a reader expects.
struct LineBuilderTests {
    /// Random text of words, spaces, newlines, wide and zero-width characters, at random widths.
    @Test func fastPathsMatchTheWalkByCharacters() {
        let pieces = ["word", " ", "  ", "\n", "中文", "한", "e\u{301}", "\u{301}", "👍🏽", "a",
                      "longerwordthanthewidth", "\t", "\r\n", "—", "“quoted”"]
        var random = ParserRobustnessTests.SplitMix(state: 29)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random)! }
            let width = Int.random(in: -1...24, using: &random)
            if TextWrapper.wrap(text, width: width) != TextWrapper.wrapCharacters(text, width: width) {
                Issue.record("round \(round), width \(width): \(text.debugDescription)")
                return
            }
        }
    }

    @Test func linesBreakAtSpacesNewlinesAndInsideWordsTooLongForTheWidth() {
        func lines(_ text: String, _ width: Int) -> [String] { TextWrapper.wrap(text, width: width).map(\.text) }
        #expect(lines("one two three", 7) == ["one two", "three"])
        #expect(lines("one two three", 13) == ["one two three"])
        #expect(lines("one\ntwo", 20) == ["one", "two"])
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(lines("中文中文中", 4) == ["中文", "中文", "中"])
        #expect(lines("ab 中文", 4) == ["ab", "中文"])
        // Offsets are scalars of the source: a decomposed accent is two.
        let wrapped = TextWrapper.wrap("cafe\u{301} bar", width: 4)
        #expect(wrapped.map(\.start) == [0, 6])
    }
}

/// The first words of a line for the author-note rule, by bytes where that is exact.
struct FirstWordsTests {
    /// Random lines, some with characters that join a neighbour: the same words as splitting characters.
    @Test func matchesSplittingCharacters() {
        let pieces = ["Jane", " ", "  ", "is", "a", "journalist", "中文", "é", "e\u{301}", " \u{301}", "\u{301}",
                      "👍🏽", "\r", "“Ω”", "x", String(repeating: "long", count: 30)]
        var random = ParserRobustnessTests.SplitMix(state: 31)
        for round in 0..<4_000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...60, using: &random) { line += pieces.randomElement(using: &random)! }
            let sliced = Substring(line).dropFirst(Int.random(in: 0...2, using: &random))
            let expected = sliced.prefix(400).split(separator: " ").prefix(24).map { String($0) }
            if LineKinds.firstWords(sliced) != expected {
                Issue.record("round \(round): \(String(sliced).debugDescription)")
                return
            }
        }
    }
}
