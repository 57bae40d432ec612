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
/// The record is built straight from the line, with no ``RecordFields`` in
/// between. Any other line, and a line in the layout that is not a record (an
/// empty id, an edit without a target, a highlight without an article or
/// anchor), gives `nil`: ``RecordFields`` reads it again and says why. For
/// every line this reader takes, the general one gives the same record (tests
/// compare both on generated, edited and hostile lines). Almost every line of
/// a store is in this layout, so opening one seldom searches a key.
enum CanonicalLine {
    /// Reads the line at the cursor (at its `{`) into `record`, replacing every field; `false` if the
    /// line is not in the layout or not a record (then `record` is partly filled).
    ///
    /// Each value is stored into `record` as soon as it is read: building a
    /// record from locals and returning it made the optimizer copy it whole
    /// (every string retained once more, then released).
    static func read(_ cursor: inout JSONCursor, into record: inout StoreRecord) -> Bool {
        guard cursor.skip("{\"v\":1,\"id\":\""), let id = cursor.stringAfterQuote(), !id.isEmpty else { return false }
        record.id = id
        guard cursor.skip(",\"kind\":\""), let kind = kind(&cursor) else { return false }
        record.kind = kind
        var createdSpan: Range<Int>?
        guard cursor.skip(",\"created\":\""), let created = cursor.stringAfterQuote(span: &createdSpan) else { return false }
        record.created = created
        record.updated = nil
        if cursor.skip(",\"updated\":\"") {
            // Usually the same bytes as "created": share its string rather than make another.
            if let createdSpan, cursor.skipSame(createdSpan) {
                record.updated = record.created
            } else {
                guard let updated = cursor.stringAfterQuote() else { return false }
                record.updated = updated
            }
        }
        record.target = nil
        if cursor.skip(",\"target\":\"") {
            guard let target = cursor.stringAfterQuote() else { return false }
            record.target = target
        }
        record.article = nil
        if cursor.skip(",\"article\":{\"path\":\"") {
            guard readArticle(&cursor, into: &record) else { return false }
        }
        record.anchor = nil
        if cursor.skip(",\"anchor\":{\"section\":") {
            guard readAnchor(&cursor, into: &record) else { return false }
        }
        record.note = nil
        if cursor.skip(",\"note\":") {
            if !cursor.skip("null") {
                guard cursor.peek == UInt8(ascii: "\""), let note = cursor.string() else { return false }
                record.note = note
            }
        }
        guard cursor.skip("}"), cursor.isAtEnd else { return false }
        if kind.isEdit {
            // An edit names its target; an article or anchor on it is ignored, as the general reader does.
            guard record.target != nil else { return false }
            record.article = nil
            record.anchor = nil
            return true
        }
        return record.article != nil && record.anchor != nil
    }

    /// The article object's members after `"path":"`, through its `}`, into `record`.
    private static func readArticle(_ cursor: inout JSONCursor, into record: inout StoreRecord) -> Bool {
        guard let path = cursor.sharedStringAfterQuote(), cursor.skip(",\"title\":"),
              let title = cursor.nullOrString(shared: true),
              cursor.skip(",\"fingerprint\":\""), let fingerprint = cursor.sharedStringAfterQuote(),
              cursor.skip("}")
        else { return false }
        record.article = ArticleIdentity(path: path, title: title, fingerprint: fingerprint)
        return true
    }

    /// The anchor object's members after `"section":`, through its `}`, into `record`.
    private static func readAnchor(_ cursor: inout JSONCursor, into record: inout StoreRecord) -> Bool {
        guard let section = cursor.plainInteger(), cursor.skip(",\"heading\":"),
              let heading = cursor.nullOrString(shared: true),
              cursor.skip(",\"exact\":\""), let exact = cursor.stringAfterQuote(),
              cursor.skip(",\"prefix\":\""), let prefix = cursor.sharedStringAfterQuote(),
              cursor.skip(",\"suffix\":\""), let suffix = cursor.sharedStringAfterQuote(),
              cursor.skip(",\"start\":"), let start = cursor.plainInteger(),
              cursor.skip(",\"end\":"), let end = cursor.plainInteger(),
              cursor.skip("}")
        else { return false }
        record.anchor = QuoteAnchor(section: section, heading: heading, exact: exact, prefix: prefix, suffix: suffix, start: start, end: end)
        return true
    }

    /// The known kind at the cursor (after its opening quote), through the closing quote; `nil` for any other.
    private static func kind(_ cursor: inout JSONCursor) -> RecordKind? {
        // Written out rather than a loop over `allCases`, which builds an array each time.
        if cursor.skip("highlight\"") { return .highlight }
        if cursor.skip("position\"") { return .position }
        if cursor.skip("note\"") { return .note }
        if cursor.skip("bookmark\"") { return .bookmark }
        if cursor.skip("delete\"") { return .delete }
        if cursor.skip("undelete\"") { return .undelete }
        return nil
    }
}

extension JSONCursor {
    /// Reads the string whose opening quote was just read; `span` is where its
    /// undecoded contents are when they need no decoding, else `nil`.
    @inline(__always)
    fileprivate mutating func stringAfterQuote(span: inout Range<Int>?) -> String? {
        index -= 1
        let start = index
        guard let found = stringSpan() else { return nil }
        if !found.hasEscapes {
            span = found.range
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[found.range]), as: UTF8.self)
        }
        span = nil
        index = start
        return string()
    }

    /// Reads the string whose opening quote was just read.
    @inline(__always)
    fileprivate mutating func stringAfterQuote() -> String? {
        var span: Range<Int>?
        return stringAfterQuote(span: &span)
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
