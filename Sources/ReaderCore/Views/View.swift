/// One view on the reader's stack, above the reading view, with the state it owns.
public enum View: Equatable, Sendable {
    /// Selecting text from `anchor` (a word) to the cursor.
    case selecting(anchor: TextPlace)
    /// The highlight or bookmark list.
    case list(ListOverlay)
    /// The headings overlay, with the selected pane.
    case headings(selected: Int)
    /// The links list.
    case links(LinkList)
    /// The link number prompt.
    case linkNumber(LinkNumberPrompt)
    /// The one-line note editor.
    case note(NoteEditor)
    /// The search prompt.
    case search(SearchPrompt)
    /// The help overlay, scrolled to its row `top`.
    case help(top: Int)

    /// Which keymap the view uses.
    public var kind: ViewKind {
        switch self {
        case .selecting: .selecting
        case .list: .list
        case .headings: .headings
        case .links: .links
        case .linkNumber: .linkNumber
        case .note: .note
        case .search: .search
        case .help: .help
        }
    }
}
