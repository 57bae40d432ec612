import Testing
@testable import ArticleKit

/// The line builder that keeps only a line's ends gives the lines of the frozen one.
struct LineBuilderTests {
    /// Random text of words, spaces, newlines, wide and zero-width characters, at random widths.
    @Test func matchesTheReferenceBuilder() {
        let pieces = ["word", " ", "  ", "\n", "中文", "한", "e\u{301}", "\u{301}", "👍🏽", "a",
                      "longerwordthanthewidth", "\t", "\r\n", "—", "“quoted”"]
        var random = ParserRobustnessTests.SplitMix(state: 29)
        for round in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random)! }
            let width = Int.random(in: -1...24, using: &random)
            let expected = Self.referenceWrap(text, width: width)
            if TextWrapper.wrap(text, width: width) != expected || TextWrapper.wrapCharacters(text, width: width) != expected {
                Issue.record("round \(round), width \(width): \(text.debugDescription)")
                return
            }
        }
    }

    /// The lines of the general (grapheme) walk fed to ``ReferenceLineBuilder``.
    static func referenceWrap(_ text: String, width: Int) -> [WrappedLine] {
        var builder = ReferenceLineBuilder(limit: max(1, width), source: text)
        var scalarOffset = 0
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let count = character.unicodeScalars.count
            let glyph = Glyph(width: DisplayWidth.of(character), start: scalarOffset, end: scalarOffset + count, from: index, to: next)
            scalarOffset += count
            index = next
            builder.take(glyph, newline: character == "\n" || character == "\r\n", space: character == " ")
        }
        return builder.finish()
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
