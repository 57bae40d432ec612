/// What the headings overlay does: move between the panes' headings, read one, close.
///
/// Returns `nil` for an operation the headings overlay does not offer.
func performHeadings(_ operation: Operation, on state: inout ReaderState) -> [Effect]? {
    guard var selected = state.headingsSelection else { return nil }
    let last = state.document.panes.count - 1
    switch operation {
    case .nextEntry: selected = min(selected + 1, last)
    case .previousEntry: selected = max(0, selected - 1)
    case .firstEntry: selected = 0
    case .lastEntry: selected = last
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
    state.replaceTop(with: .headings(selected: selected))
    return []
}
