/// Reads one line of the store into a record, or says why it is not one.
///
/// The line must be exactly one JSON object (RFC 8259; a UTF-8 byte order
/// mark before it is ignored, as RFC 8259 allows). Anything else is
/// `.bad("not valid JSON")`, or `.bad("not a JSON object")` for a valid array.
/// See ``JSONCursor`` for what counts as valid and ``RecordFields`` for
/// repeated keys.
enum RecordDecoding {
    /// What a terminated line turned out to be.
    enum Outcome: Equatable {
        case record(StoreRecord)
        case foreign(kind: String, version: Int)
        case bad(String)
    }

    /// Decodes the bytes of one line (without its newline).
    ///
    /// `canonicalFirst: false` skips ``CanonicalLine`` (for tests that compare both readers).
    static func decode(_ bytes: ArraySlice<UInt8>, canonicalFirst: Bool = true) -> Outcome {
        var table: StringTable?
        return bytes.withUnsafeBufferPointer { decode($0, sharing: &table, canonicalFirst: canonicalFirst) }
    }

    /// Decodes the bytes of one line (without its newline).
    ///
    /// A line in the layout ``JSONLine`` writes is read by ``CanonicalLine``;
    /// any other, or all with `canonicalFirst: false`, by ``RecordFields``.
    /// With a `table`, repeated values (article path, title, fingerprint,
    /// heading, prefix, suffix) share one string across the lines decoded with it.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, sharing table: inout StringTable?, canonicalFirst: Bool = true
    ) -> Outcome {
        var cursor = JSONCursor(bytes)
        swap(&cursor.table, &table)
        defer { swap(&cursor.table, &table) }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { cursor.index = 3 }
        cursor.skipWhitespace()
        var fields = RecordFields()
        switch cursor.peek {
        case UInt8(ascii: "{"):
            let start = cursor.index
            if canonicalFirst {
                var record = StoreRecord.empty
                if CanonicalLine.read(&cursor, into: &record) { return .record(record) }
            }
            cursor.index = start
            guard fields.read(&cursor) else { return .bad("not valid JSON") }
        case UInt8(ascii: "["):
            guard cursor.skipValue(depth: 0) else { return .bad("not valid JSON") }
            cursor.skipWhitespace()
            return cursor.isAtEnd ? .bad("not a JSON object") : .bad("not valid JSON")
        default:
            return .bad("not valid JSON")
        }
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { return .bad("not valid JSON") }
        return record(from: consume fields)
    }

    /// The record the fields make, or why they make none.
    ///
    /// The fields are consumed: their strings move into the record.
    static func record(from fields: consuming RecordFields) -> Outcome {
        // Every string is taken out of `fields` and the record built in one go:
        // binding a copy would retain each string once more and release it after.
        guard let version = fields.version else { return .bad("no format version \"v\"") }
        guard let kindName = fields.kind.take() else { return .bad("no \"kind\"") }
        guard version == StoreRecord.formatVersion, let kind = RecordKind(name: kindName) else {
            return .foreign(kind: kindName, version: version)
        }
        guard let id = fields.id.take(), !id.isEmpty else { return .bad("no \"id\"") }
        let created = fields.created.take() ?? ""
        if kind.isEdit || kind.isMark {
            guard fields.target != nil else { return .bad("\(kindName) record without \"target\"") }
            return .record(StoreRecord(
                id: id, kind: kind, created: created, updated: fields.updated.take(), note: fields.note.take(), target: fields.target.take()
            ))
        }
        guard var article = fields.article.take(), article.fingerprint != nil, article.path != nil
        else { return .bad("\(kindName) record without \"article\"") }
        guard var anchor = fields.anchor.take(), let section = anchor.section, anchor.exact != nil,
              let start = anchor.start, let end = anchor.end
        else { return .bad("\(kindName) record without a valid \"anchor\"") }
        return .record(StoreRecord(
            id: id, kind: kind, created: created, updated: fields.updated.take(),
            article: ArticleIdentity(path: article.path.take()!, title: article.title.take(), fingerprint: article.fingerprint.take()!),
            anchor: QuoteAnchor(
                section: section, heading: anchor.heading.take(), exact: anchor.exact.take()!,
                prefix: anchor.prefix.take() ?? "", suffix: anchor.suffix.take() ?? "", start: start, end: end
            ),
            note: fields.note.take(), target: fields.target.take()
        ))
    }
}
