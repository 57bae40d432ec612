/// One line of the store, decoded: a highlight, bookmark, position, or an edit of one.
///
/// The store is an append-only log. A highlight or bookmark is never rewritten:
/// a `note` record replaces its note and a `delete`/`undelete` record hides or
/// restores it, each naming it by `target`. The current state is the fold of
/// the log (see ``StoreState``).
public struct StoreRecord: Sendable, Equatable {
    /// The record format version written by this code.
    public static let formatVersion = 1

    /// A random UUID string, unique to this record.
    public var id: String
    /// What the record says.
    public var kind: RecordKind
    /// When the record was written (ISO 8601 UTC).
    public var created: String
    /// When the item was last changed; for new items equal to `created`.
    public var updated: String?
    /// The article (highlight, bookmark, position).
    public var article: ArticleIdentity?
    /// Where in the article (highlight, bookmark, position).
    public var anchor: QuoteAnchor?
    /// The note (highlight, bookmark, note edit); `nil` means none.
    public var note: String?
    /// The id of the record an edit applies to (note, delete, undelete).
    public var target: String?

    /// Creates a record from its parts; prefer the named constructors.
    public init(
        id: String = RecordID.random(), kind: RecordKind, created: String = RecordTime.now(), updated: String? = nil,
        article: ArticleIdentity? = nil, anchor: QuoteAnchor? = nil, note: String? = nil, target: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.created = created
        self.updated = updated
        self.article = article
        self.anchor = anchor
        self.note = note
        self.target = target
    }

    /// A record with no id and no time, to be filled in place (see ``CanonicalLine/fill(_:from:into:)``).
    static var empty: StoreRecord { StoreRecord(id: "", kind: .note, created: "") }

    /// A new highlight of `anchor` in `article`.
    public static func highlight(
        _ anchor: QuoteAnchor, in article: ArticleIdentity, note: String? = nil, at time: String = RecordTime.now()
    ) -> StoreRecord {
        StoreRecord(kind: .highlight, created: time, updated: time, article: article, anchor: anchor, note: note)
    }

    /// A new bookmark at `anchor` in `article`.
    public static func bookmark(
        _ anchor: QuoteAnchor, in article: ArticleIdentity, note: String? = nil, at time: String = RecordTime.now()
    ) -> StoreRecord {
        StoreRecord(kind: .bookmark, created: time, updated: time, article: article, anchor: anchor, note: note)
    }

    /// The reading position in `article`.
    public static func position(_ anchor: QuoteAnchor, in article: ArticleIdentity, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: .position, created: time, updated: time, article: article, anchor: anchor)
    }

    /// Replaces the note of item `target` (`nil` or empty removes it).
    public static func note(_ text: String?, for target: String, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: .note, created: time, note: text, target: target)
    }

    /// Hides item `target`.
    public static func delete(_ target: String, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: .delete, created: time, target: target)
    }

    /// Restores item `target` after a delete.
    public static func undelete(_ target: String, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: .undelete, created: time, target: target)
    }

    /// Marks the article with key `key` read (or unread).
    public static func mark(_ key: String, read: Bool, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: read ? .read : .unread, created: time, target: key)
    }

    /// Marks every article of feed `feedURL` seen by `time` read.
    public static func allRead(feed feedURL: String, at time: String = RecordTime.now()) -> StoreRecord {
        StoreRecord(kind: .allread, created: time, target: feedURL)
    }
}
