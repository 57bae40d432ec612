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
/// ``scan(_:)`` checks a whole line and finds its parts without making a
/// string; ``fill(_:from:into:)`` then makes the strings of a record. Any
/// other line, and a line in the layout that is not a record (an empty id, an
/// edit without a target, a highlight without an article or anchor), gives
/// `nil`: ``RecordFields`` reads it again and says why. For every line taken,
/// the general reader gives the same record (tests compare both on generated,
/// edited and hostile lines). Almost every line of a store is in this layout,
/// so opening one seldom searches a key.
enum CanonicalLine {
    typealias Span = JSONCursor.StringSpan

    /// Where the parts of a line are (string contents, checked but not decoded) and its integers.
    struct Parts {
        var kind: RecordKind
        var id: Span
        /// The id's key, when it is in ``RecordID``'s form.
        var idKey: UUIDKey?
        var created: Span
        var updated: Span?
        var target: Span?
        /// The target's key, when it is in ``RecordID``'s form.
        var targetKey: UUIDKey?
        var article: Article?
        var anchor: Anchor?
        var note: Span?

        /// The article object's strings.
        struct Article {
            var path: Span
            var title: Span?
            var fingerprint: Span
        }

        /// The anchor object's strings and integers.
        struct Anchor {
            var section: Int
            var heading: Span?
            var exact: Span
            var prefix: Span
            var suffix: Span
            var start: Int
            var end: Int
        }
    }

    /// Checks the line at the cursor (at its `{`) and finds its parts; `nil` if it is
    /// not in the layout or not a record.
    static func scan(_ cursor: inout JSONCursor) -> Parts? {
        var idKey: UUIDKey?
        guard cursor.skip("{\"v\":1,\"id\":"), let id = cursor.idSpan(key: &idKey), !id.range.isEmpty,
              cursor.skip(",\"kind\":\""), let kind = kind(&cursor),
              cursor.skip(",\"created\":"), let created = cursor.quotedSpan()
        else { return nil }
        var parts = Parts(kind: kind, id: id, created: created)
        parts.idKey = idKey
        if cursor.skip(",\"updated\":") {
            guard let updated = cursor.quotedSpan() else { return nil }
            parts.updated = updated
        }
        if cursor.skip(",\"target\":") {
            guard let target = cursor.idSpan(key: &parts.targetKey) else { return nil }
            parts.target = target
        }
        if cursor.skip(",\"article\":{\"path\":") {
            guard let path = cursor.quotedSpan(), cursor.skip(",\"title\":"), let title = cursor.nullOrStringSpan(),
                  cursor.skip(",\"fingerprint\":"), let fingerprint = cursor.quotedSpan(), cursor.skip("}")
            else { return nil }
            parts.article = Parts.Article(path: path, title: title, fingerprint: fingerprint)
        }
        if cursor.skip(",\"anchor\":{\"section\":") {
            guard let section = cursor.plainInteger(), cursor.skip(",\"heading\":"), let heading = cursor.nullOrStringSpan(),
                  cursor.skip(",\"exact\":"), let exact = cursor.quotedSpan(),
                  cursor.skip(",\"prefix\":"), let prefix = cursor.quotedSpan(),
                  cursor.skip(",\"suffix\":"), let suffix = cursor.quotedSpan(),
                  cursor.skip(",\"start\":"), let start = cursor.plainInteger(),
                  cursor.skip(",\"end\":"), let end = cursor.plainInteger(), cursor.skip("}")
            else { return nil }
            parts.anchor = Parts.Anchor(
                section: section, heading: heading, exact: exact, prefix: prefix, suffix: suffix, start: start, end: end
            )
        }
        if cursor.skip(",\"note\":") {
            guard let note = cursor.nullOrStringSpan() else { return nil }
            parts.note = note
        }
        guard cursor.skip("}"), cursor.isAtEnd else { return nil }
        if kind.isEdit || kind.isMark {
            // An edit names its target; an article or anchor on it is ignored, as the general reader does.
            guard parts.target != nil else { return nil }
            parts.article = nil
            parts.anchor = nil
        } else {
            guard parts.article != nil, parts.anchor != nil else { return nil }
        }
        return parts
    }

    /// Makes the strings of the record `parts` (found in `cursor`'s bytes) describe and puts
    /// them into `record`, replacing every field.
    ///
    /// Each value goes into `record` as soon as it is made: building a record
    /// from locals and returning it made the optimizer copy it whole (every
    /// string retained once more, then released). Article and anchor strings
    /// that repeat across lines are shared through the cursor's ``StringTable``.
    static func fill(_ parts: Parts, from cursor: inout JSONCursor, into record: inout StoreRecord) {
        record.id = cursor.value(of: parts.id, shared: false)
        record.kind = parts.kind
        record.created = cursor.value(of: parts.created, shared: false)
        record.updated = nil
        if let updated = parts.updated {
            // Usually the same bytes as "created": share its string rather than make another.
            if cursor.sameBytes(updated, parts.created) {
                record.updated = record.created
            } else {
                record.updated = cursor.value(of: updated, shared: false)
            }
        }
        record.target = parts.target.map { cursor.value(of: $0, shared: false) }
        record.article = nil
        if let article = parts.article {
            record.article = ArticleIdentity(
                path: cursor.value(of: article.path, shared: true), title: article.title.map { cursor.value(of: $0, shared: true) },
                fingerprint: cursor.value(of: article.fingerprint, shared: true)
            )
        }
        record.anchor = nil
        if let anchor = parts.anchor {
            record.anchor = QuoteAnchor(
                section: anchor.section, heading: anchor.heading.map { cursor.value(of: $0, shared: true) },
                exact: cursor.value(of: anchor.exact, shared: false), prefix: cursor.value(of: anchor.prefix, shared: true),
                suffix: cursor.value(of: anchor.suffix, shared: true), start: anchor.start, end: anchor.end
            )
        }
        record.note = parts.note.map { cursor.value(of: $0, shared: false) }
    }

    /// Reads the line at the cursor (at its `{`) into `record`, replacing every field; `false` if
    /// the line is not in the layout or not a record (then `record` is unchanged).
    static func read(_ cursor: inout JSONCursor, into record: inout StoreRecord) -> Bool {
        guard let parts = scan(&cursor) else { return false }
        fill(parts, from: &cursor, into: &record)
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
        if cursor.skip("read\"") { return .read }
        if cursor.skip("unread\"") { return .unread }
        if cursor.skip("allread\"") { return .allread }
        return nil
    }
}

extension CanonicalLine.Parts {
    /// The parts every record has; the others are added as they are found.
    init(kind: RecordKind, id: CanonicalLine.Span, created: CanonicalLine.Span) {
        self.kind = kind
        self.id = id
        self.created = created
    }
}

extension JSONCursor {
    /// Reads `null` or a string at the cursor (no whitespace skipped): `.some(nil)` for
    /// `null`, the string's span, or `nil` for anything else or an invalid string.
    @inline(__always)
    fileprivate mutating func nullOrStringSpan() -> StringSpan?? {
        if skip("null") { return .some(nil) }
        guard let span = quotedSpan() else { return nil }
        return .some(span)
    }

    /// ``quotedSpan()`` for an id: one in ``RecordID``'s form is read as its key (which
    /// checks each byte), and the key is put in `key`; any other is read as a string.
    @inline(__always)
    fileprivate mutating func idSpan(key: inout UUIDKey?) -> StringSpan? {
        let start = index + 1
        if bytes.count - start > 36, bytes[start - 1] == UInt8(ascii: "\""), bytes[start + 36] == UInt8(ascii: "\""),
           let found = UUIDKey(UnsafeBufferPointer(rebasing: bytes[start..<start + 36])) {
            key = found
            index = start + 37
            return StringSpan(range: start..<start + 36, hasEscapes: false)
        }
        return quotedSpan()
    }

    /// Reads a string that starts right at the cursor (no whitespace skipped) and returns its span.
    @inline(__always)
    fileprivate mutating func quotedSpan() -> StringSpan? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        index += 1
        return stringSpanAfterQuote()
    }

    /// Whether the contents of `a` and `b` are the same bytes and need no decoding.
    @inline(__always)
    fileprivate func sameBytes(_ a: StringSpan, _ b: StringSpan) -> Bool {
        !a.hasEscapes && !b.hasEscapes && a.range.count == b.range.count
            && memcmp(bytes.baseAddress! + a.range.lowerBound, bytes.baseAddress! + b.range.lowerBound, a.range.count) == 0
    }
}
