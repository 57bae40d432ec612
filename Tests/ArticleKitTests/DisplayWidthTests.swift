import Testing
@testable import ArticleKit

struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("Hello, world") == 12)
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of("東京タワー") == 10)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ひらがな") == 8)
        #expect(DisplayWidth.of(Character("、")) == 2)
    }

    @Test func fullWidthFormsAreTwoColumns() {
        #expect(DisplayWidth.of(Character("？")) == 2)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of(Character("￥")) == 2)
        #expect(DisplayWidth.of(Character("ｱ")) == 1) // half-width katakana
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("\u{301}") == 0)
    }

    @Test func zeroWidthCharactersAreZero() {
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.of(Character("\u{FE0F}")) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of(Character("👍")) == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("🇬🇷")) == 2)
        #expect(DisplayWidth.of(Character("❤\u{FE0F}")) == 2)
        #expect(DisplayWidth.of(Character("❤")) == 1)
    }

    @Test func controlsAreZero() {
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{0}")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
        #expect(DisplayWidth.of("a\u{7}b") == 2)
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let table = WideRanges.table
        for (a, b) in zip(table, table.dropFirst()) { #expect(a.upperBound < b.lowerBound) }
        #expect(WideRanges.contains(0x4E00) && WideRanges.contains(0x9FFF) && !WideRanges.contains(0x4DC0))
        #expect(!WideRanges.contains(0x41))
    }
}
