/// The sentences and words of one paragraph, as scalar offset ranges.
public struct ParagraphSegments: Equatable, Sendable {
    /// Each sentence, trailing spaces left out.
    public let sentences: [Range<Int>]
    /// Each word (a run of non-space characters).
    public let words: [Range<Int>]

    /// Splits `paragraph`.
    ///
    /// A sentence ends after `.`, `!`, `?`, `…` or their full-width forms
    /// (and any closing quotes or brackets right after them) when a space and
    /// then a capital, digit or opening quote follow, or at the end of the
    /// paragraph. Abbreviations are not recognized; a sentence cut too early is
    /// still easy to extend with `)` in a selection.
    public init(_ paragraph: String) {
        let scalars = Array(paragraph.unicodeScalars)
        var words: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, Self.isWhitespace(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.count, !Self.isWhitespace(scalars[index]) { index += 1 }
            if index > start { words.append(start..<index) }
        }
        self.words = words

        var sentences: [Range<Int>] = []
        var sentenceStart: Int? = nil
        for (number, word) in words.enumerated() {
            if sentenceStart == nil { sentenceStart = word.lowerBound }
            let isLast = number == words.count - 1
            if isLast || (Self.endsSentence(scalars[word]) && Self.startsSentence(scalars[words[number + 1]])) {
                sentences.append(sentenceStart!..<word.upperBound)
                sentenceStart = nil
            }
        }
        self.sentences = sentences
    }

    /// Unicode White_Space, answered without a property lookup for ASCII.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return scalar.properties.isWhitespace
    }

    // Arrays, not sets: a `Set<Unicode.Scalar>` costs a runtime conformance scan at start-up.
    private static let closers: [Unicode.Scalar] = ["\"", "'", "”", "’", ")", "]", "»", "」", "』"]
    private static let enders: [Unicode.Scalar] = [".", "!", "?", "…", "。", "！", "？"]
    private static let openers: [Unicode.Scalar] = ["\"", "'", "“", "‘", "(", "[", "«", "「", "『"]

    private static func endsSentence(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = word.endIndex
        while end > word.startIndex, closers.contains(word[end - 1]) { end -= 1 }
        return end > word.startIndex && enders.contains(word[end - 1])
    }

    private static func startsSentence(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard var first = word.first else { return false }
        if openers.contains(first), word.count > 1 { first = word[word.startIndex + 1] }
        return first.properties.isUppercase || first.properties.numericType != nil || openers.contains(first)
    }

    /// The sentence that contains `offset` (or the nearest one before it).
    public func sentence(at offset: Int) -> Int? {
        Self.lastStarting(atOrBefore: offset, in: sentences)
    }

    /// The word that contains `offset` (or the nearest one before it).
    public func word(at offset: Int) -> Int? {
        Self.lastStarting(atOrBefore: offset, in: words)
    }

    /// Binary search: the last range starting at or before `offset`, else the first.
    private static func lastStarting(atOrBefore offset: Int, in ranges: [Range<Int>]) -> Int? {
        guard !ranges.isEmpty else { return nil }
        var low = 0, high = ranges.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if ranges[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
