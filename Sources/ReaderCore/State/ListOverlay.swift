import HighlightStore

/// The highlight list (H) or bookmark list (B): which one, and the selected entry.
public struct ListOverlay: Equatable, Sendable {
    /// Which list is open.
    public enum Kind: Equatable, Sendable {
        case highlights, bookmarks
    }

    /// Which list is open.
    public var kind: Kind
    /// The selected entry.
    public var selected: Int = 0
    /// The entry deleted last in this session, for `u`.
    public var lastDeleted: String?
    /// The first entry shown (scrolling).
    public var first: Int = 0
}
