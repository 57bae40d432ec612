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
    /// Marks the article whose key is `target` read.
    case read
    /// Marks the article whose key is `target` unread.
    case unread
    /// Marks every article of the feed `target` read that Folio had seen by `created`.
    case allread

    /// Whether records of this kind point at another record instead of an article.
    public var isEdit: Bool { self == .note || self == .delete || self == .undelete }

    /// Whether records of this kind are read marks: they name an article or feed by `target`.
    public var isMark: Bool { self == .read || self == .unread || self == .allread }

    /// The kind whose raw value is `name`, found by length first.
    ///
    /// The same answer as `init(rawValue:)`, without the standard library's
    /// string switch, which compares `name` with each case in turn.
    init?(name: String) {
        let kind: RecordKind
        switch name.utf8.count {
        case 4: kind = name.utf8.first == UInt8(ascii: "r") ? .read : .note
        case 6: kind = name.utf8.first == UInt8(ascii: "u") ? .unread : .delete
        case 7: kind = .allread
        case 9: kind = .highlight
        case 8:
            guard let first = name.utf8.first else { return nil }
            switch first {
            case UInt8(ascii: "b"): kind = .bookmark
            case UInt8(ascii: "p"): kind = .position
            default: kind = .undelete
            }
        default: return nil
        }
        guard name == kind.rawValue else { return nil }
        self = kind
    }
}
