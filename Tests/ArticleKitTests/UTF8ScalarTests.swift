import Testing
@testable import ArticleKit

/// Counting scalars by their leading bytes.
struct UTF8ScalarTests {
    /// The count of random text, from one to four bytes a scalar, is `unicodeScalars.count`.
    @Test func countMatchesTheScalarView() {
        let pieces = ["a", " ", "é", "e\u{301}", "中", "👍🏽", "\r\n", "\u{0}", "\u{7F}", "\u{10FFFF}", "Ω"]
        var random = ParserRobustnessTests.SplitMix(state: 37)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...50, using: &random) { text += pieces.randomElement(using: &random)! }
            #expect(UTF8Scalar.count(in: text) == text.unicodeScalars.count)
        }
        #expect(UTF8Scalar.count(in: "") == 0)
    }
}
