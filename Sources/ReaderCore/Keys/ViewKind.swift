/// The kinds of view the reader stacks; the raw value names the keymap in a config file.
public enum ViewKind: String, CaseIterable, Sendable {
    case reading
    case selecting
    case list
    case headings
    case links
    case linkNumber = "link-number"
    case note
    case search
    case help
    case library

    /// The heading of this view's keys in the help overlay.
    var helpTitle: String {
        switch self {
        case .reading: "Reading"
        case .selecting: "Selecting"
        case .list: "Highlight and bookmark lists"
        case .headings: "Headings"
        case .links: "Links list"
        case .linkNumber: "Link number prompt"
        case .note: "Note editor"
        case .search: "Search prompt"
        case .help: "This help"
        case .library: "Library (folio with no file)"
        }
    }
}
