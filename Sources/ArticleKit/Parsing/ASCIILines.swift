/// Byte-level answers to the line rules for lines made of ASCII only.
///
/// In ASCII text without CR each byte is one `Character`, a letter is
/// `A`-`Z`/`a`-`z` and a number `0`-`9`, so these give exactly what the
/// `Character`-based rules in ``LineKinds`` and ``SentenceRules`` give. Each
/// returns `nil` when the bytes it needs are not plain ASCII, and the caller
/// then runs the general rule.
enum ASCIILines {
    /// Whether every byte of `line` is ASCII and none is CR (CR LF is one character).
    static func isPlain(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(isPlain) ?? line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Whether every byte is ASCII and none is CR.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    /// `body` on the bytes of `line` when it is plain and its storage contiguous, else `nil`.
    static func withPlainBytes<Result>(_ line: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        line.utf8.withContiguousStorageIfAvailable { bytes in isPlain(bytes) ? body(bytes) : nil } ?? nil
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// The number of space-separated words, for a plain line.
    static func wordCount(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in line {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Whether a plain line holds a month name as a whole run of letters.
    static func hasMonthName(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var packed: UInt64 = 0  // the word's letters, five bits each
        var length = 0
        for byte in line {
            if isLetter(byte) {
                length += 1
                if length <= 9 { packed = packed << 5 | UInt64(byte & 0x1F) }
            } else {
                if (3...9).contains(length) && mayBeMonth(packed, length) && packedMonths.contains(packed) { return true }
                packed = 0
                length = 0
            }
        }
        return (3...9).contains(length) && mayBeMonth(packed, length) && packedMonths.contains(packed)
    }

    /// Whether a packed word of `length` letters starts like a month (a, d, f, j, m, n, o or s).
    static func mayBeMonth(_ packed: UInt64, _ length: Int) -> Bool {
        let first = packed >> (5 * UInt64(length - 1))
        return first == 1 || first == 4 || first == 6 || first == 10 || first == 13 || first == 14 || first == 15 || first == 19
    }

    /// ``LineKinds/months`` packed five bits a letter, as ``hasMonthName(_:)`` packs words.
    static let packedMonths: [UInt64] = LineKinds.months.map { month in
        month.utf8.reduce(0) { $0 << 5 | UInt64($1 & 0x1F) }
    }

    /// Whether a plain line holds a date like 2024-03-21, 21/03/2024 or 21.03.2024
    /// (as ``LineKinds/hasNumericDate(_:)``).
    static func hasNumericDate(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts = 0  // digit runs so far in this group
        var partLength = 0
        var valid = true  // every part has at most four digits
        var twoOrFour = false  // some part has two or four digits
        for byte in line {
            if isDigit(byte) {
                partLength += 1
                continue
            }
            if partLength > 0 {  // a part ends
                parts += 1
                valid = valid && partLength <= 4
                twoOrFour = twoOrFour || partLength == 2 || partLength == 4
                partLength = 0
            }
            if byte != 0x2D && byte != 0x2F && byte != 0x2E {  // not - / . : the group ends
                if parts == 3 && valid && twoOrFour { return true }
                parts = 0
                valid = true
                twoOrFour = false
            }
        }
        if partLength > 0 {
            parts += 1
            valid = valid && partLength <= 4
            twoOrFour = twoOrFour || partLength == 2 || partLength == 4
        }
        return parts == 3 && valid && twoOrFour
    }

    /// Whether the first letter is lower case; `nil` when a non-ASCII byte
    /// comes before the first letter is settled.
    static func startsLowercase(_ line: Substring) -> Bool? {
        var iterator = line.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            guard byte < 0x80 else { return nil }
            let next = iterator.next()
            if isLetter(byte) {
                if let next, next >= 0x80 { return nil }  // a mark may join the letter
                return byte >= 0x61
            }
            current = next
        }
        return false
    }

    /// ``startsLowercase(_:)-(Substring)`` on a line's bytes.
    static func startsLowercase(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = line.count
        var index = 0
        while index < count {
            let byte = line[index]
            guard byte < 0x80 else { return nil }
            if isLetter(byte) {
                if index + 1 < count, line[index + 1] >= 0x80 { return nil }  // a mark may join the letter
                return byte >= 0x61
            }
            index += 1
        }
        return false
    }

    /// The last byte that is not a closing quote or bracket, when it and
    /// everything after it are ASCII characters of their own; else `nil`.
    static func lastNonCloser(_ line: Substring) -> UInt8?? {
        let utf8 = line.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            let before = utf8.index(before: index)
            let byte = utf8[before]
            guard byte < 0x80, byte != 0x0A, byte != 0x0D else { return nil }
            if before > utf8.startIndex, utf8[utf8.index(before: before)] >= 0x80 { return nil }  // may join a Prepend
            if !isCloser(byte) { return .some(byte) }
            index = before
        }
        return .some(nil)
    }

    /// ``SentenceRules/firstSentenceEnd(in:limit:)`` for a plain line, byte by byte.
    static func firstSentenceEnd(in line: Substring, limit: Int) -> Substring.Index? {
        let utf8 = line.utf8
        var index = utf8.startIndex
        var wordStart = index
        var seen = 0
        while index < utf8.endIndex, seen < limit {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            seen += 1
            if byte == 0x20 {
                wordStart = next
            } else if byte == 0x2E || byte == 0x21 || byte == 0x3F {  // . ! ?
                var end = next
                while end < utf8.endIndex, isCloser(utf8[end]) { end = utf8.index(after: end) }
                if end < utf8.endIndex, utf8[end] == 0x20, !(byte == 0x2E && isAbbreviation(utf8[wordStart..<index])) {
                    return end
                }
            }
            index = next
        }
        return nil
    }

    /// Whether a byte is an ASCII closing quote or bracket: `"`, `'`, `)`, `]`.
    static func isCloser(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
    }

    /// ``SentenceRules/isAbbreviation(_:ender:)`` for a plain word before a period.
    static func isAbbreviation(_ word: Substring.UTF8View.SubSequence) -> Bool {
        let bare = word.drop(while: { $0 == 0x22 || $0 == 0x27 || $0 == 0x28 })  // " ' (
        if bare.count <= 1 || bare.allSatisfy(isDigit) || bare.contains(0x2E) { return true }
        let lower = bare.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return SentenceRules.abbreviations.contains(String(decoding: lower, as: UTF8.self))
    }

    /// Whether `line.lowercased()` could start with one of `prefixes` (lower-case
    /// ASCII letters, spaces and parentheses): false only when the line's
    /// leading ASCII bytes, lower-cased, already differ from every prefix.
    /// Comparison stops at the first non-ASCII byte, since no non-ASCII
    /// character lower-cases to what a prefix needs there.
    static func mayStart(_ line: Substring, withOneOf prefixes: PrefixTable) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(prefixes.mayStart) ?? true
    }
}
