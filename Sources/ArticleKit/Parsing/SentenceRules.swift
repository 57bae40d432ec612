/// Small facts about punctuation and sentences that the line rules share.
///
/// The word and character lists are arrays, not sets: each `Set` of a new
/// element type made the Swift runtime look up a `Hashable` conformance by
/// scanning every conformance in the binary, before the first screen.
enum SentenceRules {
    /// Characters that close a quotation or bracket after a sentence end.
    static let closers: [Character] = ["\"", "'", "”", "’", "»", "›", ")", "]", "」", "』", "）"]
    /// Characters a quotation (not a heading) opens with.
    static let openingQuotes: [Character] = ["\"", "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", "「", "『", "〝"]
    /// Characters that end a sentence.
    static let sentenceEnders: [Character] = [".", "!", "?", "…", "。", "！", "？"]
    /// Abbreviations whose final period does not end a sentence.
    static let abbreviations: [String] = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "col",
        "lt", "sgt", "capt", "vs", "etc", "inc", "ltd", "co", "corp", "no", "vol", "fig", "approx", "e.g", "i.e",
    ]

    /// Whether the line ends a sentence: `.`, `!`, `?`, `…`, `:`, full-width
    /// enders, possibly followed by closing quotes or brackets.
    static func endsSentence(_ line: Substring) -> Bool {
        if let ascii = ASCIILines.lastNonCloser(line) {
            guard let last = ascii else { return false }
            return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A  // . ! ? :
        }
        guard let last = line.last(where: { !closers.contains($0) }) else { return false }
        return sentenceEnders.contains(last) || last == ":"
    }

    /// Whether the line ends with a question mark, ASCII or full-width.
    static func endsWithQuestionMark(_ line: Substring) -> Bool {
        guard let byte = line.utf8.last, byte == 0x3F || byte == 0x9F else { return false }  // "?" or the end of "？"
        return line.last == "?" || line.last == "？"
    }

    /// Whether the line opens with a quotation mark.
    ///
    /// Every opening quote is one scalar whose first UTF-8 byte is 0x22, 0x27,
    /// 0xC2, 0xE2 or 0xE3, so any other first byte answers no at once.
    static func startsWithQuote(_ line: Substring) -> Bool {
        guard let byte = line.utf8.first, byte == 0x22 || byte == 0x27 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 else {
            return false
        }
        return line.first.map { openingQuotes.contains($0) } ?? false
    }

    /// Whether the first letter of the line is lower case.
    ///
    /// A line that opens with a CJK ideograph answers no at once: that is its
    /// first `Character`'s first scalar, alphabetic (a letter) and never cased.
    static func startsLowercase(_ line: Substring) -> Bool {
        if let ascii = ASCIILines.startsLowercase(line) { return ascii }
        if line.utf8.withContiguousStorageIfAvailable(startsWithIdeograph) == true { return false }
        return line.first(where: \.isLetter)?.isLowercase ?? false
    }

    /// Whether the first scalar is a CJK ideograph (U+3400–U+4DBF, U+4E00–U+9FFF).
    static func startsWithIdeograph(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = bytes.first, lead >= 0xE3, lead <= 0xE9, bytes.count >= 3 else { return false }
        let value = UTF8Scalar.decode(bytes, at: 0).value
        return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    /// The end of the first sentence when another sentence follows it in `line`.
    ///
    /// A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes) followed by a
    /// space, unless the word before a period is an abbreviation, a single
    /// letter or a number ("U.S.", "Mr.", "1."); a full-width `。！？` ends one
    /// directly. Looks at the first `limit` characters only.
    static func firstSentenceEnd(in line: Substring, limit: Int = 600) -> Substring.Index? {
        if ASCIILines.isPlain(line) { return ASCIILines.firstSentenceEnd(in: line, limit: limit) }
        if line.utf8.withContiguousStorageIfAvailable(mayEndSentenceBeforeLast) == false { return nil }
        var index = line.startIndex
        var wordStart = line.startIndex
        var seen = 0
        while index < line.endIndex, seen < limit {
            let character = line[index]
            let next = line.index(after: index)
            seen += 1
            if character == " " {
                wordStart = next
            } else if character == "。" || character == "！" || character == "？" {
                if next < line.endIndex { return next }
            } else if sentenceEnders.contains(character) {
                var end = next
                while end < line.endIndex, closers.contains(line[end]) { end = line.index(after: end) }
                if end < line.endIndex, line[end] == " ", !isAbbreviation(line[wordStart..<index], ender: character) {
                    return end
                }
            }
            index = next
        }
        return nil
    }

    /// Whether some scalar before the last one is `.`, `!`, `?`, `…`, `。`, `！` or `？`.
    ///
    /// A sentence end found by ``firstSentenceEnd(in:limit:)`` is a `Character`
    /// equal to one of these (none has a canonical decomposition, so it is that
    /// very scalar) with more text after it, so without one there is none.
    static func mayEndSentenceBeforeLast(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count - 1
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // the last scalar's first byte
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            if byte >= 0xE2, index + 2 < end {
                let second = bytes[index + 1], third = bytes[index + 2]
                if byte == 0xE2 && second == 0x80 && third == 0xA6 { return true }  // …
                if byte == 0xE3 && second == 0x80 && third == 0x82 { return true }  // 。
                if byte == 0xEF && second == 0xBC && (third == 0x81 || third == 0x9F) { return true }  // ！ ？
            }
            index += 1
        }
        return false
    }

    /// Whether a word before `ender` is an abbreviation rather than a sentence's last word.
    static func isAbbreviation(_ word: Substring, ender: Character) -> Bool {
        guard ender == "." else { return false }
        let bare = word.drop(while: { openingQuotes.contains($0) || $0 == "(" })
        if bare.count <= 1 { return true }
        if bare.allSatisfy(\.isNumber) { return true }
        if bare.contains(".") { return true }
        return abbreviations.contains(bare.lowercased())
    }

    /// Whether the line holds more than one sentence.
    static func hasSeveralSentences(_ line: Substring) -> Bool {
        firstSentenceEnd(in: line) != nil
    }

    /// The number of space-separated words.
    ///
    /// A line without a space byte has no space `Character`: it is one word (none when empty).
    static func wordCount(_ line: Substring) -> Int {
        if let count = ASCIILines.withPlainBytes(line, ASCIILines.wordCount) { return count }
        if !line.utf8.contains(0x20) { return line.isEmpty ? 0 : 1 }
        return line.split(separator: " ", omittingEmptySubsequences: true).count
    }
}
