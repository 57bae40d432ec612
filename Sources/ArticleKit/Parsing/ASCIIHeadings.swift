/// The question-heading rule, byte by byte, for lines of printable ASCII.
///
/// In such a line each byte is one `Character`, its width is its byte count,
/// a letter is `A`-`Z`/`a`-`z` and a number `0`-`9`, so each step here gives
/// what the `Character`-based step in ``LineKinds`` and ``SentenceRules`` gives.
enum ASCIIHeadings {
    /// ``LineKinds/isQuestionHeadingText(_:)`` for a line of printable ASCII.
    static func isQuestionHeadingText(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= 120, line.last == 0x3F else { return false }
        let body = withoutNumber(line)
        return looksLikeHeadingStart(body) && ASCIILines.wordCount(body) <= 20 && !hasSeveralSentences(body)
    }

    /// ``LineKinds/withoutNumber(_:)``: the line without a leading "1. " or "2) ".
    static func withoutNumber(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let count = line.count
        var digits = 0
        while digits < count, ASCIILines.isDigit(line[digits]) { digits += 1 }
        guard (1...3).contains(digits), digits + 1 < count,
              line[digits] == 0x2E || line[digits] == 0x29, line[digits + 1] == 0x20 else { return line }
        var start = digits + 1
        while start < count, line[start] == 0x20 { start += 1 }
        return UnsafeBufferPointer(rebasing: line[start...])
    }

    /// ``LineKinds/looksLikeHeadingStart(_:)``: a letter or digit first, no quote, a
    /// letter somewhere, and the first letter upper case.
    static func looksLikeHeadingStart(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first, ASCIILines.isLetter(first) || ASCIILines.isDigit(first) else { return false }
        return line.contains(where: ASCIILines.isLetter) && ASCIILines.startsLowercase(line) == false
    }

    /// ``SentenceRules/hasSeveralSentences(_:)``: a sentence ends (`.`, `!` or `?`,
    /// closers, then a space) within the first 600 bytes, not after an abbreviation.
    ///
    /// Words without `.`, `!` or `?` are skipped eight bytes at a time; the word
    /// before a period is found by looking back to the space before it.
    static func hasSeveralSentences(_ line: UnsafeBufferPointer<UInt8>, limit: Int = 600) -> Bool {
        guard let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let count = line.count
        let end = min(count, limit)
        var index = 0
        while index < end {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if LineEndScan.hasByte(0x2E, word) | LineEndScan.hasByte(0x21, word) | LineEndScan.hasByte(0x3F, word) == 0 {
                    index += 8
                    continue
                }
            }
            let byte = line[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {  // . ! ?
                var after = index + 1
                while after < count, ASCIILines.isCloser(line[after]) { after += 1 }
                if after < count, line[after] == 0x20 {
                    guard byte == 0x2E else { return true }
                    var wordStart = index
                    while wordStart > 0, line[wordStart - 1] != 0x20 { wordStart -= 1 }
                    if !isAbbreviation(UnsafeBufferPointer(rebasing: line[wordStart..<index])) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// ``ASCIILines/isAbbreviation(_:)`` on bytes, comparing without making strings.
    static func isAbbreviation(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < word.count, word[start] == 0x22 || word[start] == 0x27 || word[start] == 0x28 { start += 1 }  // " ' (
        let bare = UnsafeBufferPointer(rebasing: word[start...])
        if bare.count <= 1 || bare.allSatisfy(ASCIILines.isDigit) || bare.contains(0x2E) { return true }
        return abbreviationBytes.contains { abbreviation in
            abbreviation.count == bare.count
                && zip(abbreviation, bare).allSatisfy { expected, byte in (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected }
        }
    }

    /// ``SentenceRules/abbreviations`` as bytes.
    static let abbreviationBytes: [[UInt8]] = SentenceRules.abbreviations.map { Array($0.utf8) }
}
