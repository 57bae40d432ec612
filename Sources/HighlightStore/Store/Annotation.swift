/// A highlight or bookmark as it stands now: its first record with every later edit applied.
public struct Annotation: Sendable, Equatable, Identifiable {
    /// The id of the record that created it (edits refer to it).
    public var id: String
    /// `.highlight` or `.bookmark`.
    public var kind: RecordKind
    /// The article it was made in.
    public var article: ArticleIdentity
    /// Where it was made.
    public var anchor: QuoteAnchor
    /// The current note (`nil` when there is none).
    public var note: String?
    /// When it was created (ISO 8601 UTC).
    public var created: String
    /// When it or its note last changed.
    public var updated: String
    /// Whether the latest delete/undelete record deleted it.
    public var isDeleted: Bool
    /// The line it was created on (0 for a record not yet saved).
    public var line: Int
}

/// An annotation together with where its anchor is found in the current text.
public struct ResolvedAnnotation: Sendable, Equatable, Identifiable {
    /// The annotation.
    public var annotation: Annotation
    /// Where it is now (or that it is orphaned).
    public var resolved: ResolvedAnchor

    /// The annotation's id.
    public var id: String { annotation.id }
}
