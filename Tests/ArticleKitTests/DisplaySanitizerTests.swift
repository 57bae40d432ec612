import Testing
@testable import ArticleKit

struct DisplaySanitizerTests {
    /// The byte scan of `needsCleaning(_:)` agrees with the per-scalar rule for every scalar.
    @Test func theByteScanFindsEveryScalarThatNeedsCleaning() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = DisplaySanitizer.needsCleaning(scalar)
            var text = "a"
            text.unicodeScalars.append(scalar)
            text += "b"
            if DisplaySanitizer.needsCleaning(text) != expected {
                Issue.record("U+\(String(value, radix: 16)) needs cleaning: \(expected)")
                return
            }
            checked += 1
        }
        #expect(checked == 0x10FFFF + 1 - 0x800)
    }

    /// Whether a string is safe to send to a terminal.
    func isSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
                && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
        }
    }

    @Test func plainTextIsReturnedUnchanged() {
        let text = "Plain text, with ünïcödé, 漢字 and emoji 👍.\nSecond line."
        #expect(DisplaySanitizer.clean(text) == text)
        #expect(!DisplaySanitizer.needsCleaning(text))
    }

    @Test func c0ControlsBecomeControlPictures() {
        #expect(DisplaySanitizer.clean("a\u{0}b") == "a␀b")
        #expect(DisplaySanitizer.clean("bell\u{7}") == "bell␇")
        #expect(DisplaySanitizer.clean("\u{8}\u{D}\u{C}") == "␈␍␌")
    }

    @Test func delAndC1AreVisible() {
        #expect(DisplaySanitizer.clean("x\u{7F}y") == "x␡y")
        #expect(DisplaySanitizer.clean("\u{9B}31m") == "⟨U+009B⟩31m")
        #expect(DisplaySanitizer.clean("\u{85}") == "⟨U+0085⟩")
    }

    @Test func escapeSequencesAreDefused() {
        let csi = DisplaySanitizer.clean("\u{1B}[2J\u{1B}[31mred")
        #expect(csi == "␛[2J␛[31mred")
        let osc52 = DisplaySanitizer.clean("\u{1B}]52;c;aGVsbG8=\u{7}after")
        #expect(osc52 == "␛]52;c;aGVsbG8=␇after")
        let title = DisplaySanitizer.clean("\u{1B}]0;pwned\u{1B}\\")
        #expect(title == "␛]0;pwned␛\\")
        let dcs = DisplaySanitizer.clean("\u{1B}Pq#0;2\u{1B}\\ \u{1B}_apc\u{1B}\\ \u{1B}^pm\u{1B}\\ \u{1B}Xsos\u{1B}\\")
        #expect(isSafe(dcs))
        #expect(!dcs.unicodeScalars.contains("\u{1B}"))
    }

    @Test func bidiControlsAreShownNotApplied() {
        #expect(DisplaySanitizer.clean("abc\u{202E}def") == "abc⟨U+202E⟩def")
        #expect(DisplaySanitizer.clean("\u{2066}x\u{2069}") == "⟨U+2066⟩x⟨U+2069⟩")
    }

    @Test func tabsExpandToTheNextStopOfEightColumnsCountedFromEachLine() {
        #expect(DisplaySanitizer.clean("a\tb\nc") == "a       b\nc")
        #expect(DisplaySanitizer.clean("\tx") == "        x")
        #expect(DisplaySanitizer.clean("1234567\tx") == "1234567 x")
        #expect(DisplaySanitizer.clean("12345678\tx") == "12345678        x")
        #expect(DisplaySanitizer.clean("if x {\n\treturn\n}") == "if x {\n        return\n}")
        // Wide characters count two columns, a control's placeholder one.
        #expect(DisplaySanitizer.clean("中文\tx") == "中文    x")
        #expect(DisplaySanitizer.clean("\u{7}\tx") == "␇       x")
    }

    @Test func everyScalarBelowU0100AndBidiIsSafeAfterCleaning() {
        var scalars = String.UnicodeScalarView()
        for v in UInt32(0)...0xFF { scalars.append(Unicode.Scalar(v)!) }
        for v in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32] {
            scalars.append(Unicode.Scalar(v)!)
        }
        let cleaned = DisplaySanitizer.clean(String(scalars))
        #expect(isSafe(cleaned))
        #expect(cleaned.contains("ABC"))
    }
}
