/// Code point ranges that are East Asian Wide or Fullwidth (two columns).
///
/// Sorted and non-overlapping so ``DisplayWidth`` can binary-search it. Emoji
/// are not listed here: they are found through `isEmojiPresentation`.
enum WideRanges {
    /// The ranges, each inclusive.
    static let table: [(lowerBound: UInt32, upperBound: UInt32)] = [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x2329, 0x232A),   // angle brackets
        (0x2E80, 0x303E),   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        (0x3041, 0x33FF),   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
        (0x3400, 0x4DBF),   // CJK unified ideographs extension A
        (0x4E00, 0x9FFF),   // CJK unified ideographs
        (0xA000, 0xA4CF),   // Yi syllables and radicals
        (0xA960, 0xA97F),   // Hangul Jamo extended A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF01, 0xFF60),   // fullwidth ASCII variants and brackets
        (0xFFE0, 0xFFE6),   // fullwidth signs
        (0x16FE0, 0x16FE4), // ideographic symbols and punctuation
        (0x17000, 0x18CFF), // Tangut, Khitan
        (0x1B000, 0x1B2FF), // Kana supplement and extensions, Nushu
        (0x1F200, 0x1F2FF), // enclosed ideographic supplement
        (0x20000, 0x2FFFD), // CJK extensions B–F, compatibility supplement
        (0x30000, 0x3FFFD), // CJK extensions G and later
    ]

    /// Whether `value` falls in one of the ranges (binary search). Tuples, not
    /// `ClosedRange`s: those made the runtime look up `UInt32: Comparable` at start-up.
    static func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = table[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
