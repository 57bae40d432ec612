/// What the mouse does: the wheel scrolls, a click focuses a pane, opens a link or
/// places the cursor, and a drag selects text to keep as a highlight.
func performMouse(_ event: MouseEvent, on state: inout ReaderState) -> [Effect] {
    switch (event.kind, state.viewKind) {
    case (.wheelUp, .reading), (.wheelDown, .reading), (.wheelUp, .selecting), (.wheelDown, .selecting):
        state.scroll(to: state.top + (event.kind == .wheelDown ? 3 : -3))
        if state.viewKind == .reading { state.keepCursorInView() }
    case (.wheelUp, .help), (.wheelDown, .help):
        return performHelp(event.kind == .wheelDown ? .scrollDown : .scrollUp, on: &state) ?? []
    case (.wheelUp, .list), (.wheelDown, .list):
        return performList(event.kind == .wheelDown ? .nextEntry : .previousEntry, on: &state) ?? []
    case (.wheelUp, .links), (.wheelDown, .links):
        return performLinks(event.kind == .wheelDown ? .nextEntry : .previousEntry, key: .down, on: &state) ?? []
    case (.press, .reading):
        switch state.target(column: event.column, row: event.row) {
        case .pane(let index)?:
            if index != state.paneIndex { state.focus(pane: index) }
        case .text(let place)?:
            if let link = state.link(at: place) {
                var list = LinkList(links: state.pane.links)
                list.selected = list.links.firstIndex(of: link) ?? 0
                state.push(.links(list))
            } else {
                state.mousePress = place
                state.moveCursor(to: place)
            }
        case nil:
            break
        }
    case (.drag, .reading), (.drag, .selecting):
        guard let origin = state.mousePress, let place = state.textPlace(column: event.column, row: event.row) else { return [] }
        if state.viewKind == .reading {
            state.push(.selecting(anchor: origin))
        }
        state.moveCursor(to: place)
    case (.release, _):
        state.mousePress = nil
    default:
        break
    }
    return []
}
