import Foundation

/// The identity of an article's words: SHA-256 of its normalized text.
///
/// Normalizing makes the fingerprint survive changes that do not change what
/// a reader sees: line endings (CRLF, CR, LF), indentation and runs of spaces,
/// blank lines, and canonically equivalent Unicode (NFC).
public enum TextFingerprint {
    /// Returns the text with lines trimmed, blank lines dropped, whitespace collapsed, in NFC.
    public static func normalize(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        var lines: [String] = []
        for line in composed.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// Returns the hex SHA-256 of the normalized text.
    public static func of(_ text: String) -> String {
        SHA256.hex(Array(normalize(text).utf8))
    }
}
