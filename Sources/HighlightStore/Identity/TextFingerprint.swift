import ArticleKit

/// The identity of an article's words: SHA-256 of its normalized text.
///
/// Normalizing makes the fingerprint survive changes that do not change what
/// a reader sees: line endings (CRLF, CR, LF), indentation and runs of spaces,
/// blank lines, and canonically equivalent Unicode (NFC). The normalized text
/// is streamed into the hash (see ``NormalizedText``), never built whole.
public enum TextFingerprint {
    /// Returns the text with lines trimmed, blank lines dropped, whitespace collapsed, in NFC.
    public static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        NormalizedText.write(text) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Returns the hex SHA-256 of a document's projected text: its headings and
    /// paragraphs, one line each, normalized as ``normalize(_:)`` does. The
    /// markup a page came in never enters it, so a page fetched again with new
    /// markup but the same words keeps its fingerprint.
    public static func of(projection: TextProjection) -> String {
        var hasher = SHA256.Hasher()
        NormalizedText.write(lines: projection.lines) { hasher.update($0) }
        return SHA256.hex(digest: hasher.finish())
    }

    /// Returns the hex SHA-256 of the normalized text.
    public static func of(_ text: String) -> String {
        var hasher = SHA256.Hasher()
        NormalizedText.write(text) { hasher.update($0) }
        return SHA256.hex(digest: hasher.finish())
    }
}
