/// What a line of the store says: a new item, or a change to an earlier one.
public enum RecordKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A highlighted passage (with an optional note).
    case highlight
    /// A marked place in an article (with an optional note).
    case bookmark
    /// Where the reader was in an article; the latest one wins.
    case position
    /// Replaces the note of the highlight or bookmark `target`.
    case note
    /// Hides the highlight or bookmark `target`.
    case delete
    /// Shows the highlight or bookmark `target` again (undoes a delete).
    case undelete

    /// Whether records of this kind point at another record instead of an article.
    public var isEdit: Bool { self == .note || self == .delete || self == .undelete }
}
