/// The sentences and words of one paragraph, as scalar offset ranges.
///
/// Segments are stored as pairs of offsets, not `Range<Int>`: an array of
/// ranges made the runtime look up `Int: Comparable` (a scan of every
/// conformance in the binary) while the first screen was laid out.
public struct ParagraphSegments: Equatable, Sendable {
    /// The offsets of one segment, `lower..<upper`.
    struct Bounds: Equatable, Sendable {
        var lower: Int
        var upper: Int
        var range: Range<Int> { lower..<upper }
    }

    /// Each sentence, trailing spaces left out.
    let sentenceBounds: [Bounds]
    /// Each word (a run of non-space characters).
    let wordBounds: [Bounds]

    /// Each sentence, trailing spaces left out.
    public var sentences: [Range<Int>] { sentenceBounds.map(\.range) }
    /// Each word (a run of non-space characters).
    public var words: [Range<Int>] { wordBounds.map(\.range) }

    /// Sentence number `index`.
    public func sentenceRange(_ index: Int) -> Range<Int> { sentenceBounds[index].range }
    /// Word number `index`.
    public func wordRange(_ index: Int) -> Range<Int> { wordBounds[index].range }

    /// Splits `paragraph`.
    ///
    /// A sentence ends after `.`, `!`, `?`, `…` or their full-width forms
    /// (and any closing quotes or brackets right after them) when a space and
    /// then a capital, digit or opening quote follow, or at the end of the
    /// paragraph. Abbreviations are not recognized; a sentence cut too early is
    /// still easy to extend with `)` in a selection.
    public init(_ paragraph: String) {
        let scalars = Array(paragraph.unicodeScalars)
        var words: [Bounds] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, Self.isWhitespace(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.count, !Self.isWhitespace(scalars[index]) { index += 1 }
            if index > start { words.append(Bounds(lower: start, upper: index)) }
        }
        self.wordBounds = words

        var sentences: [Bounds] = []
        var sentenceStart: Int? = nil
        for (number, word) in words.enumerated() {
            if sentenceStart == nil { sentenceStart = word.lower }
            let isLast = number == words.count - 1
            if isLast || (Self.endsSentence(scalars[word.lower..<word.upper])
                          && Self.startsSentence(scalars[words[number + 1].lower..<words[number + 1].upper])) {
                sentences.append(Bounds(lower: sentenceStart!, upper: word.upper))
                sentenceStart = nil
            }
        }
        self.sentenceBounds = sentences
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
        Self.lastStarting(atOrBefore: offset, in: sentenceBounds)
    }

    /// The word that contains `offset` (or the nearest one before it).
    public func word(at offset: Int) -> Int? {
        Self.lastStarting(atOrBefore: offset, in: wordBounds)
    }

    /// Binary search: the last range starting at or before `offset`, else the first.
    private static func lastStarting(atOrBefore offset: Int, in ranges: [Bounds]) -> Int? {
        guard !ranges.isEmpty else { return nil }
        var low = 0, high = ranges.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if ranges[middle].lower <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
