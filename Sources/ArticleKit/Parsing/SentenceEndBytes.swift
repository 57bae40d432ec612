/// ``SentenceRules/endsSentence(_:)`` on a line's bytes, for lines that end in
/// ASCII, CJK or common typographic punctuation.
///
/// Every closer and sentence ender is a single scalar with no canonical
/// decomposition, so the last `Character` equals one of them exactly when its
/// last scalar is that scalar and begins the `Character`: none of them extends
/// the one before, so this only fails after a Prepend scalar, and none lies
/// below U+0600 or in U+2000–U+FFFF. Anything else answers `nil` (run the rule).
enum SentenceEndBytes {
    /// Whether the line ends a sentence, or `nil` when the bytes cannot tell.
    static func endsSentence(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
        var end = line.count
        while end > 0 {
            var start = end - 1
            while start > 0, line[start] & 0xC0 == 0x80 { start -= 1 }
            let value = UTF8Scalar.decode(line, at: start).value
            let closer = isCloser(value)
            let ender = isEnder(value)
            // Not a closer or ender, it (or the `Character` it ends) is the last non-closer, and no ender.
            guard closer || ender else { return false }
            if start > 0 {
                var previous = start - 1
                while previous > 0, line[previous] & 0xC0 == 0x80 { previous -= 1 }
                let before = UTF8Scalar.decode(line, at: previous).value
                guard before < 0x0600 || (before >= 0x2000 && before <= 0xFFFF) else { return nil }  // may be Prepend
            }
            if !closer { return true }
            end = start
        }
        return false  // only closers
    }

    /// `"`, `'`, `”`, `’`, `»`, `›`, `)`, `]`, `」`, `』`, `）`.
    static func isCloser(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    /// `.`, `!`, `?`, `:`, `…`, `。`, `！`, `？`.
    static func isEnder(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }
}
