/// How much reading a text holds, in Latin-letter terms: a CJK ideograph,
/// kana or hangul syllable carries about a word, so it counts three.
///
/// Length thresholds tuned on spaced scripts ("a paragraph of 80
/// characters") otherwise reject Chinese and Japanese articles, whose
/// sentences run a third as many characters for the same content.
enum ReadingLength {
    /// The weight of `text`: one per scalar, three per wide (CJK) scalar.
    static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += isWide(scalar.value) ? 3 : 1 }
        return total
    }

    /// Whether a scalar is a CJK ideograph, kana or hangul syllable.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF,  // hiragana, katakana
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xAC00...0xD7AF,  // hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0x20000...0x2FFFF: return true  // CJK extensions B and later
        default: return false
        }
    }
}
