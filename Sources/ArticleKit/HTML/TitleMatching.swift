/// Whether two titles say the same thing, ignoring case, punctuation and spacing.
enum TitleMatching {
    /// The lower-case letters and digits of `text`, words separated by one space.
    static func normalized(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? normalizedASCII(text) : normalizedCharacters(text)
    }

    /// ``normalized(_:)`` character by character (any text).
    static func normalizedCharacters(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else {
                space = true
            }
        }
        return out
    }

    /// ``normalized(_:)`` of an ASCII text, byte by byte (the same result, without
    /// grapheme breaking: every ASCII character but CR LF is one byte).
    static func normalizedASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if ASCIILines.isLetter(byte) || ASCIILines.isDigit(byte) {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(ASCIICase.folded(byte))
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `heading` repeats `title`: equal once normalized, or one holds the other and
    /// they share at least three quarters of their words.
    static func isSame(_ heading: String, _ title: String) -> Bool {
        let a = normalized(heading), b = normalized(title)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let wordsA = Set(a.split(separator: " ")), wordsB = Set(b.split(separator: " "))
        let shared = wordsA.intersection(wordsB).count
        return Double(shared) / Double(max(wordsA.count, wordsB.count)) >= 0.75
    }
}
