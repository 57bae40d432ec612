/// Folds parsed records straight into a ``StoreState``, keeping only the lines that are not records.
///
/// Opening a store never holds a record twice: a record goes from the
/// decoder into the state (as an ``Annotation``, a position, or just its id
/// for an edit), and its line is only counted.
struct StoreFold: JournalLineSink {
    /// The fold of the records taken so far.
    var state = StoreState()
    /// The lines taken that are not records: foreign, bad and torn ones.
    var keptLines: [JournalLine] = []
    /// How many lines were taken, records included.
    var lineCount = 0

    mutating func take(_ record: inout StoreRecord, number: Int, span: Range<Int>) {
        state.apply(taking: &record, line: number)
        lineCount += 1
    }

    mutating func take(_ line: consuming JournalLine) {
        keptLines.append(line)
        lineCount += 1
    }

    /// Folds a record in ``JSONLine``'s layout. An edit or a position whose ids are in
    /// ``RecordID``'s form is applied without making those strings (a position keeps its
    /// line); any other record is read into `scratch` and applied from there.
    mutating func take(canonical cursor: inout JSONCursor, scratch: inout StoreRecord, number: Int, span: Range<Int>) -> Bool {
        guard let parts = CanonicalLine.scan(&cursor) else { return false }
        lineCount += 1
        switch parts.kind {
        case .note, .delete, .undelete:
            if let id = parts.idKey, let targetKey = parts.targetKey {
                state.applyEdit(
                    parts.kind, id: id, target: targetKey,
                    created: { cursor.value(of: parts.created, shared: false) },
                    note: { parts.note.map { cursor.value(of: $0, shared: false) } }
                )
                return true
            }
        case .position:
            if let article = parts.article, let id = parts.idKey {
                let key = ArticleIdentity(
                    path: cursor.value(of: article.path, shared: true), title: nil,
                    fingerprint: cursor.value(of: article.fingerprint, shared: true)
                )
                state.applyPosition(id: id, article: key, line: cursor.bytes)
                return true
            }
        case .highlight, .bookmark, .read, .unread, .allread:
            break
        }
        CanonicalLine.fill(parts, from: &cursor, into: &scratch)
        state.apply(taking: &scratch, line: number, idKey: parts.idKey)
        return true
    }

    mutating func reserveCapacity(forBytes count: Int) {
        // Records run 130-500 bytes a line. Every slot of the id table is touched, so it
        // is sized for 512-byte lines and grows if they are shorter; unused room in the
        // arrays costs address space, not memory.
        state.reserveCapacity(records: count / 512, annotations: count / 512)
    }
}
