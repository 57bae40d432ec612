/// The question-heading rule on bytes for a line of CJK ideographs ending in `？` or `?`.
///
/// Such a line (U+3400–U+4DBF and U+4E00–U+9FFF only, then the mark) passes
/// every step of ``LineKinds/isQuestionHeadingText(_:)`` but the width: each
/// ideograph is its own `Character`, a letter that is never lower case or a
/// quote, there is no number, no space (one word) and no sentence end before
/// the mark. So the answer is whether it is at most 120 columns: two per
/// ideograph, two for `？`, one for `?`.
enum IdeographicHeadings {
    /// The rule's answer, or `nil` when the line is not of that shape.
    static func isQuestionHeadingText(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = line.count
        let end: Int
        let markWidth: Int
        if count >= 1, line[count - 1] == 0x3F {
            (end, markWidth) = (count - 1, 1)
        } else if count >= 3, line[count - 3] == 0xEF, line[count - 2] == 0xBC, line[count - 1] == 0x9F {
            (end, markWidth) = (count - 3, 2)
        } else {
            return nil
        }
        guard end > 0, end % 3 == 0 else { return nil }
        var index = 0
        while index < end {
            guard SentenceRules.startsWithIdeograph(UnsafeBufferPointer(rebasing: line[index..<(index + 3)])) else { return nil }
            index += 3
        }
        return end / 3 * 2 + markWidth <= 120
    }
}
