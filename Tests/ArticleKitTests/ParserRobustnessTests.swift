import Foundation
import Testing
@testable import ArticleKit

/// The parser never traps and never loses text, whatever the input.
struct ParserRobustnessTests {
    /// A small deterministic generator so failures can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomBytesNeverTrapAndLoseNothing() {
        var random = SplitMix(state: 42)
        let alphabet: [UInt8] = Array("ab ?.\n\r\t\"".utf8) + [0x00, 0x1B, 0xFF, 0xE2, 0x80, 0x9C, 0xEF, 0xBC, 0x9F]
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let text = TextDecoding.decode(bytes)
            let article = ArticleParser.parse(text)
            #expect(article.sections.first?.heading == nil)
            #expect(TextAccounting.problem(text: text, article: article) == nil, "\(bytes)")
        }
    }

    @Test func generatedArticlesLoseNothing() {
        var random = SplitMix(state: 7)
        let pieces = [
            "A Title Here", "By Jane Doe", "May 5, 2023", "Why did it happen?", "1. What next?",
            "This is a sentence. And another one.", "short line", "Source: Wire", "According to the agency",
            "Jo Smith is a reporter for the Daily.", "About the author", "“Quoted?”", "Heading", "",
            "a wrapped line that goes on and on", "lower case continuation.", "漢字の見出し？",
        ]
        for _ in 0..<300 {
            let lines = (0..<Int.random(in: 1...25, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            let text = lines.joined(separator: "\n")
            let article = ArticleParser.parse(text)
            #expect(TextAccounting.problem(text: text, article: article) == nil, "\(lines)")
        }
    }

    @Test func emptyAndBlankTextGiveAnEmptyLead() {
        for text in ["", "\n\n", "   \r\n\t"] {
            #expect(ArticleParser.parse(text) == Article(sections: [Section(heading: nil, paragraphs: [])]))
        }
    }

    @Test func tenThousandHeadingsParseQuickly() {
        var text = "Big Article\n\nOpening paragraph.\n"
        for index in 0..<10_000 {
            text += "What happened in part \(index)?\nIt went on as planned, said the officials in charge of part \(index).\n"
        }
        let start = ContinuousClock.now
        let article = ArticleParser.parse(text)
        let elapsed = ContinuousClock.now - start
        #expect(article.headedSections.count == 10_000)
        #expect(article.headedSections.allSatisfy { $0.paragraphs.count == 1 })
        #expect(elapsed < .seconds(10))
    }

    @Test func oneHugeLineIsOneParagraph() {
        let line = String(repeating: "word ", count: 400_000) + "end?"
        let article = ArticleParser.parse(line)
        #expect(article.sections.count == 1)
        #expect(article.lead.paragraphs.count == 1)
        #expect(article.lead.paragraphs[0].utf8.count == line.utf8.count)
    }
}
