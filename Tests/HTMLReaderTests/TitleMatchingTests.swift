import Testing
@testable import ArticleKit

/// The ASCII shortcut of title matching gives what the character-by-character rule gives.
@Suite struct TitleMatchingTests {
    @Test(arguments: ["Why now?", "  The BIG one: part 2\r\n(again)  ", "a-b_c.d", "", "!!!", "Sources:", "x1 Y2\tz3", "ALL CAPS, AND 99 digits"])
    func asciiMatchesTheCharacterRule(_ text: String) {
        #expect(TitleMatching.normalizedASCII(text) == TitleMatching.normalizedCharacters(text))
        #expect(TitleMatching.normalized(text) == TitleMatching.normalizedCharacters(text))
    }

    @Test func nonASCIITextTakesTheCharacterRule() {
        #expect(TitleMatching.normalized("Café — Ñandú") == "café ñandú")
    }
}
