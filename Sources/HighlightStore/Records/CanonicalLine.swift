#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a line laid out exactly as ``JSONLine`` writes it, comparing keys where they must be.
///
/// The layout is `{"v":1,"id":S,"kind":S,"created":S`, then each of these, if
/// present, in this order: `"updated":S`, `"target":S`, `"article":{"path":S,
/// "title":S|null,"fingerprint":S}`, `"anchor":{"section":I,"heading":S|null,
/// "exact":S,"prefix":S,"suffix":S,"start":I,"end":I}`, `"note":S|null`; then
/// `}` and the end of the line, no whitespace anywhere, a known kind, and
/// integers as ``JSONCursor/plainInteger()`` reads them. Strings are checked
/// exactly as the general reader checks them (escapes, UTF-8).
///
/// Any other line gives `nil` and is read again by ``RecordFields/read(_:)``,
/// which gives the same fields for every line this reader accepts (tests
/// compare both on generated, edited and hostile lines). Almost every line of
/// a store is in this layout, so opening one seldom searches a key.
enum CanonicalLine {
    /// Reads the line at the cursor (at its `{`) into `fields` (empty before);
    /// `false` if it is not in the layout, leaving `fields` partly filled.
    static func read(_ cursor: inout JSONCursor, into fields: inout RecordFields) -> Bool {
        guard cursor.skip("{\"v\":1,\"id\":\""), let id = cursor.stringAfterQuote(),
              cursor.skip(",\"kind\":\""), let kind = kindName(&cursor),
              cursor.skip(",\"created\":\""), let created = cursor.stringAfterQuote()
        else { return false }
        fields.version = StoreRecord.formatVersion
        fields.id = id.value
        fields.kind = kind
        fields.created = created.value
        if cursor.skip(",\"updated\":\"") {
            // Usually the same bytes as "created": share its string rather than make another.
            if let span = created.span, cursor.skipSame(span) {
                fields.updated = created.value
            } else {
                guard let updated = cursor.stringAfterQuote() else { return false }
                fields.updated = updated.value
            }
        }
        if cursor.skip(",\"target\":\"") {
            guard let target = cursor.stringAfterQuote() else { return false }
            fields.target = target.value
        }
        if cursor.skip(",\"article\":{\"path\":\"") {
            guard let article = readArticle(&cursor) else { return false }
            fields.article = article
        }
        if cursor.skip(",\"anchor\":{\"section\":") {
            guard let anchor = readAnchor(&cursor) else { return false }
            fields.anchor = anchor
        }
        if cursor.skip(",\"note\":") {
            guard let note = cursor.nullOrString(shared: false) else { return false }
            fields.note = note
        }
        return cursor.skip("}") && cursor.isAtEnd
    }

    /// The article object's members after `"path":"`, through its `}`.
    private static func readArticle(_ cursor: inout JSONCursor) -> RecordFields.Article? {
        var article = RecordFields.Article()
        guard let path = cursor.sharedStringAfterQuote(), cursor.skip(",\"title\":"),
              let title = cursor.nullOrString(shared: true),
              cursor.skip(",\"fingerprint\":\""), let fingerprint = cursor.sharedStringAfterQuote(),
              cursor.skip("}")
        else { return nil }
        article.path = path
        article.title = title
        article.fingerprint = fingerprint
        return article
    }

    /// The anchor object's members after `"section":`, through its `}`.
    private static func readAnchor(_ cursor: inout JSONCursor) -> RecordFields.Anchor? {
        var anchor = RecordFields.Anchor()
        guard let section = cursor.plainInteger(), cursor.skip(",\"heading\":"),
              let heading = cursor.nullOrString(shared: true),
              cursor.skip(",\"exact\":\""), let exact = cursor.stringAfterQuote(),
              cursor.skip(",\"prefix\":\""), let prefix = cursor.sharedStringAfterQuote(),
              cursor.skip(",\"suffix\":\""), let suffix = cursor.sharedStringAfterQuote(),
              cursor.skip(",\"start\":"), let start = cursor.plainInteger(),
              cursor.skip(",\"end\":"), let end = cursor.plainInteger(),
              cursor.skip("}")
        else { return nil }
        anchor.section = section
        anchor.heading = heading
        anchor.exact = exact.value
        anchor.prefix = prefix
        anchor.suffix = suffix
        anchor.start = start
        anchor.end = end
        return anchor
    }

    /// The kind at the cursor (after its opening quote) as the name of a known kind, through the closing quote.
    ///
    /// The names are string literals, so no string is made; an unknown or escaped kind gives `nil`.
    private static func kindName(_ cursor: inout JSONCursor) -> String? {
        // Written out rather than a loop over `allCases`, which builds an array each time.
        if cursor.skip("highlight\"") { return RecordKind.highlight.rawValue }
        if cursor.skip("position\"") { return RecordKind.position.rawValue }
        if cursor.skip("note\"") { return RecordKind.note.rawValue }
        if cursor.skip("bookmark\"") { return RecordKind.bookmark.rawValue }
        if cursor.skip("delete\"") { return RecordKind.delete.rawValue }
        if cursor.skip("undelete\"") { return RecordKind.undelete.rawValue }
        return nil
    }
}

extension JSONCursor {
    /// A string read after its opening quote, and where its bytes are when it has no escape.
    struct ReadString {
        var value: String
        /// The undecoded contents, when they need no decoding.
        var span: Range<Int>?
    }

    /// Reads the string whose opening quote was just read.
    @inline(__always)
    fileprivate mutating func stringAfterQuote() -> ReadString? {
        index -= 1
        let start = index
        guard let span = stringSpan() else { return nil }
        if !span.hasEscapes {
            return ReadString(value: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self), span: span.range)
        }
        index = start
        guard let value = string() else { return nil }
        return ReadString(value: value, span: nil)
    }

    /// Reads the string whose opening quote was just read, shared through ``table``.
    @inline(__always)
    fileprivate mutating func sharedStringAfterQuote() -> String? {
        index -= 1
        return sharedString()
    }

    /// Reads the contents at `span` again and the closing quote if they come next, unescaped.
    @inline(__always)
    fileprivate mutating func skipSame(_ span: Range<Int>) -> Bool {
        let count = span.count
        guard bytes.count - index > count, bytes[index + count] == UInt8(ascii: "\""),
              memcmp(bytes.baseAddress! + index, bytes.baseAddress! + span.lowerBound, count) == 0
        else { return false }
        index += count + 1
        return true
    }
}
