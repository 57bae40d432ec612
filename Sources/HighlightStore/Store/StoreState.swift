/// The current highlights, bookmarks and positions: the fold of the log.
///
/// Records apply in file order. A repeated id (a save that was retried after
/// an unclear failure) counts once. Edits whose target is unknown are ignored
/// but stay in the file.
public struct StoreState: Sendable, Equatable {
    /// Highlights and bookmarks in creation order, deleted ones included (flagged).
    public private(set) var annotations: [Annotation] = []
    /// The latest position record of each article (same path and fingerprint), in file order.
    ///
    /// An earlier position of the same article can never be the answer of
    /// ``position(in:)``, which matches on path or fingerprint alone, so it is
    /// not kept (compaction drops it from the file the same way).
    public var positions: [StoreRecord] {
        latestPositions.entries.sorted { $0.order < $1.order }.map(\.position.record)
    }
    /// How many records of each known kind, duplicates excluded (kinds with none left out).
    public var counts: [RecordKind: Int] { kindCounts.dictionary }
    private var kindCounts = KindCounts()

    /// Every id applied: an annotation's index in ``annotations``, or ``notAnnotation``.
    ///
    /// One table both drops repeated ids and finds the target of an edit.
    private var indexByID = RecordIndex()
    /// The ``indexByID`` value of an id that names no annotation (a position or an edit).
    private static let notAnnotation: Int32 = -1

    /// The latest position per article (title left out), with the order it was applied in.
    private var latestPositions = PositionTable()
    /// How many position records were kept so far (the next one's order).
    private var positionsApplied = 0
    /// The read marks (see ``ReadMarks``).
    public private(set) var readMarks = ReadMarks()

    /// An empty state.
    public init() {}

    /// Folds `records` (with the line each came from) in order.
    public init(records: [(record: StoreRecord, line: Int)]) {
        for (record, line) in records { apply(record, line: line) }
    }

    /// Makes room for `records` records, `annotations` of them highlights or bookmarks,
    /// so folding a big store does not regrow the index and arrays.
    mutating func reserveCapacity(records: Int, annotations: Int) {
        indexByID.reserveCapacity(records)
        self.annotations.reserveCapacity(annotations)
    }

    /// Applies one record.
    ///
    /// The record is consumed: a highlight's parts move into its annotation.
    public mutating func apply(_ record: consuming StoreRecord, line: Int) {
        var record = record
        apply(taking: &record, line: line)
    }

    /// Applies one record, moving the strings kept out of `record` (the caller discards the rest).
    ///
    /// `idKey` is the key of `record.id` when the caller has it (it saves reading the id again).
    mutating func apply(taking record: inout StoreRecord, line: Int, idKey: UUIDKey? = nil) {
        let kind = record.kind
        switch kind {
        case .highlight, .bookmark:
            guard let article = record.article.take(), let anchor = record.anchor.take() else {
                _ = claim(record.id, key: idKey, kind: kind, index: Self.notAnnotation)
                return
            }
            guard claim(record.id, key: idKey, kind: kind, index: Int32(annotations.count)) else { return }
            let created = Self.take(&record.created)
            annotations.append(Annotation(
                id: Self.take(&record.id), kind: kind, article: article, anchor: anchor,
                note: Self.cleanNote(record.note.take()), created: created,
                updated: record.updated.take() ?? created, isDeleted: false, line: line
            ))
        case .position:
            guard claim(record.id, key: idKey, kind: kind, index: Self.notAnnotation), let article = record.article.take() else { return }
            let key = ArticleIdentity(path: article.path, title: nil, fingerprint: article.fingerprint)
            record.article = consume article
            var taken = StoreRecord.empty
            swap(&taken, &record)
            latestPositions.set(key, order: positionsApplied, position: StoredPosition(taken))
            positionsApplied += 1
        case .read, .unread, .allread:
            guard claim(record.id, key: idKey, kind: kind, index: Self.notAnnotation), let target = record.target.take() else { return }
            readMarks.apply(kind, target: target, created: record.created)
        case .note, .delete, .undelete:
            guard claim(record.id, key: idKey, kind: kind, index: Self.notAnnotation),
                  let target = record.target, let found = indexByID.value(for: target), found != Self.notAnnotation
            else { return }
            let index = Int(found)
            switch kind {
            case .note: annotations[index].note = Self.cleanNote(record.note.take())
            case .delete: annotations[index].isDeleted = true
            default: annotations[index].isDeleted = false
            }
            annotations[index].updated = Self.take(&record.created)
        }
    }

    /// Applies an edit (note, delete, undelete) whose id and target are in ``RecordID``'s
    /// form, as ``apply(_:line:)`` would, without making either string.
    ///
    /// `created` and `note` make the record's strings, only if the target is found.
    mutating func applyEdit(_ kind: RecordKind, id: UUIDKey, target: UUIDKey, created: () -> String, note: () -> String?) {
        guard claim(id, kind: kind, index: Self.notAnnotation), let found = indexByID.value(for: target), found != Self.notAnnotation
        else { return }
        let index = Int(found)
        switch kind {
        case .note: annotations[index].note = Self.cleanNote(note())
        case .delete: annotations[index].isDeleted = true
        default: annotations[index].isDeleted = false
        }
        annotations[index].updated = created()
    }

    /// Applies a position record whose id is in ``RecordID``'s form, as ``apply(_:line:)``
    /// would, keeping `line` (its bytes, in ``JSONLine``'s layout) instead of its strings.
    ///
    /// `article` is the record's article without its title.
    mutating func applyPosition(id: UUIDKey, article: ArticleIdentity, line: UnsafeBufferPointer<UInt8>) {
        guard claim(id, kind: .position, index: Self.notAnnotation) else { return }
        latestPositions.set(article, order: positionsApplied, line: line)
        positionsApplied += 1
    }

    /// The annotation with `id`, deleted or not.
    public func annotation(id: String) -> Annotation? {
        guard let index = indexByID.value(for: id), index != Self.notAnnotation else { return nil }
        return annotations[Int(index)]
    }

    /// Live (not deleted) annotations of `kind` made in `article` (by fingerprint or path).
    public func annotations(_ kind: RecordKind, in article: ArticleIdentity, includingDeleted: Bool = false) -> [Annotation] {
        annotations.filter { $0.kind == kind && article.matches($0.article) && (includingDeleted || !$0.isDeleted) }
    }

    /// The latest reading position saved for `article` (by fingerprint or path).
    public func position(in article: ArticleIdentity) -> QuoteAnchor? {
        // An entry's article is the record's without its title: all `matches` looks at.
        latestPositions.entries
            .filter { article.matches($0.article) }
            .max { $0.order < $1.order }?.position.record.anchor
    }

    /// Records `id` with `index` (one hash lookup) and counts it as `kind`;
    /// `false` if the id was applied before.
    private mutating func claim(_ id: String, kind: RecordKind, index: Int32) -> Bool {
        guard indexByID.insert(id, value: index) else { return false }
        kindCounts.add(kind)
        return true
    }

    /// ``claim(_:kind:index:)`` by `key` when there is one (it must be `id`'s).
    private mutating func claim(_ id: String, key: UUIDKey?, kind: RecordKind, index: Int32) -> Bool {
        if let key { return claim(key, kind: kind, index: index) }
        return claim(id, kind: kind, index: index)
    }

    /// ``claim(_:kind:index:)`` for the id whose key is `key`.
    private mutating func claim(_ key: UUIDKey, kind: RecordKind, index: Int32) -> Bool {
        guard indexByID.insert(key, value: index) else { return false }
        kindCounts.add(kind)
        return true
    }

    /// Moves `string` out, leaving an empty one.
    private static func take(_ string: inout String) -> String {
        var taken = ""
        swap(&taken, &string)
        return taken
    }

    private static func cleanNote(_ note: String?) -> String? {
        guard let note, !note.isEmpty else { return nil }
        return note
    }
}
