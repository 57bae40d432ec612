import Testing
@testable import ArticleKit

/// A short line set apart by blank lines is a stand-alone heading only when it
/// does not end like a sentence: `.`, `!` and their full-width forms keep it a paragraph.
@Suite struct HeadingPunctuationTests {
    static func headings(_ line: String) -> [String] {
        let text = "A lead paragraph that opens the article and says what it is about.\n\n\(line)\n\nMore body text follows the line here.\n"
        return PlainTextReader.read(text: text).blocks.filter { $0.kind == .heading }.map(\.text)
    }

    @Test(arguments: ["Markets Rally Again", "The Road Ahead", "北京的回应"])
    func aShortLineWithoutSentencePunctuationIsAHeading(line: String) {
        #expect(Self.headings(line) == [line])
    }

    @Test(arguments: ["Markets Rally Again.", "Markets Rally Again!", "北京的回应。", "北京的回应！", "Ｗｈａｔ ｎｏｗ．"])
    func aShortLineEndingInSentencePunctuationIsNot(line: String) {
        #expect(Self.headings(line).isEmpty)
    }
}
