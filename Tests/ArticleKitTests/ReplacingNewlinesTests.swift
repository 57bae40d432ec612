import Testing
@testable import ArticleKit

/// Newline replacement by bytes agrees with `Character.isNewline`.
struct ReplacingNewlinesTests {
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
