/// What the headings overlay does: move between the panes' headings, read one, close.
///
/// Returns `nil` for an operation the headings overlay does not offer.
func performHeadings(_ operation: Operation, on state: inout ReaderState) -> [Effect]? {
    guard let selected = state.headingsSelection else { return nil }
    if let moved = ListCursor.moved(operation, from: selected, count: state.document.panes.count) {
        state.replaceTop(with: .headings(selected: moved))
        return []
    }
    switch operation {
    case .openEntry:
        state.pop()
        if selected != state.paneIndex { state.focus(pane: selected) }
        return []
    case .close:
        state.pop()
        return []
    case .help:
        state.push(.help(top: 0))
        return []
    default:
        return nil
    }
}
