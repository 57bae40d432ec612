/// The current highlights, bookmarks and positions: the fold of the log.
///
/// Records apply in file order. A repeated id (a save that was retried after
/// an unclear failure) counts once. Edits whose target is unknown are ignored
/// but stay in the file.
public struct StoreState: Sendable, Equatable {
    /// Highlights and bookmarks in creation order, deleted ones included (flagged).
    public private(set) var annotations: [Annotation] = []
    /// Every position record in file order (the latest per article wins).
    public private(set) var positions: [StoreRecord] = []
    /// How many records of each known kind, duplicates excluded.
    public private(set) var counts: [RecordKind: Int] = [:]

    /// Every id applied: an annotation's index in ``annotations``, or ``notAnnotation``.
    ///
    /// One table both drops repeated ids and finds the target of an edit.
    private var indexByID: [String: Int] = [:]
    /// The ``indexByID`` value of an id that names no annotation (a position or an edit).
    private static let notAnnotation = -1

    /// An empty state.
    public init() {}

    /// Folds `records` (with the line each came from) in order.
    public init(records: [(record: StoreRecord, line: Int)]) {
        for (record, line) in records { apply(record, line: line) }
    }

    /// Makes room for `count` records, so folding a big store does not regrow the indexes.
    mutating func reserveCapacity(_ count: Int) {
        indexByID.reserveCapacity(count)
    }

    /// Applies one record.
    public mutating func apply(_ record: StoreRecord, line: Int) {
        let makesAnnotation = (record.kind == .highlight || record.kind == .bookmark)
            && record.article != nil && record.anchor != nil
        guard claim(record.id, index: makesAnnotation ? annotations.count : Self.notAnnotation) else { return }
        counts[record.kind, default: 0] += 1
        switch record.kind {
        case .highlight, .bookmark:
            guard let article = record.article, let anchor = record.anchor else { return }
            annotations.append(Annotation(
                id: record.id, kind: record.kind, article: article, anchor: anchor,
                note: Self.cleanNote(record.note), created: record.created,
                updated: record.updated ?? record.created, isDeleted: false, line: line
            ))
        case .position:
            positions.append(record)
        case .note, .delete, .undelete:
            guard let target = record.target, let index = indexByID[target], index != Self.notAnnotation else { return }
            switch record.kind {
            case .note: annotations[index].note = Self.cleanNote(record.note)
            case .delete: annotations[index].isDeleted = true
            default: annotations[index].isDeleted = false
            }
            annotations[index].updated = record.created
        }
    }

    /// The annotation with `id`, deleted or not.
    public func annotation(id: String) -> Annotation? {
        guard let index = indexByID[id], index != Self.notAnnotation else { return nil }
        return annotations[index]
    }

    /// Live (not deleted) annotations of `kind` made in `article` (by fingerprint or path).
    public func annotations(_ kind: RecordKind, in article: ArticleIdentity, includingDeleted: Bool = false) -> [Annotation] {
        annotations.filter { $0.kind == kind && article.matches($0.article) && (includingDeleted || !$0.isDeleted) }
    }

    /// The latest reading position saved for `article`.
    public func position(in article: ArticleIdentity) -> QuoteAnchor? {
        positions.last { $0.article.map(article.matches) ?? false }?.anchor
    }

    /// Records `id` with `index` (one hash lookup); `false` if the id was applied before.
    private mutating func claim(_ id: String, index: Int) -> Bool {
        Self.claim(&indexByID[id, default: Self.unclaimed], index: index)
    }

    /// Sets a fresh table entry (still ``unclaimed``) to `index`; `false` if it was taken.
    private static func claim(_ entry: inout Int, index: Int) -> Bool {
        guard entry == unclaimed else { return false }
        entry = index
        return true
    }

    /// The value an entry of ``indexByID`` has while it is being added.
    private static let unclaimed = Int.min

    private static func cleanNote(_ note: String?) -> String? {
        guard let note, !note.isEmpty else { return nil }
        return note
    }
}
