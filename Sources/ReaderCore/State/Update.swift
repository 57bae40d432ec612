/// Applies one event to the state and returns the effects to perform.
public func update(_ state: inout ReaderState, _ event: ReaderEvent) -> [Effect] {
    switch event {
    case .resize(let size):
        state.resize(to: size)
        return []
    case .key(let key):
        state.message = nil
        if let helpTop = state.helpTop {
            return updateHelp(&state, key: key, helpTop: helpTop)
        }
        guard let action = Keymap.action(for: key) else {
            state.message = "\(key.label): not a key here; ? for help"
            return []
        }
        return perform(action, on: &state)
    }
}

/// Performs one keymap action.
func perform(_ action: Action, on state: inout ReaderState) -> [Effect] {
    let last = state.document.panes.count - 1
    switch action {
    case .quit:
        return [.quit]
    case .help:
        state.helpTop = 0
    case .nextPane:
        if state.paneIndex < last { state.focus(pane: state.paneIndex + 1) } else { state.message = "Last pane" }
    case .previousPane:
        if state.paneIndex > 0 { state.focus(pane: state.paneIndex - 1) } else { state.message = "First pane" }
    case .jumpToQuestion(let n):
        if let index = state.document.paneIndex(ofQuestion: n) {
            state.focus(pane: index)
        } else {
            state.message = "No question \(n)"
        }
    case .lineDown:
        state.scroll(to: state.top + 1)
    case .lineUp:
        state.scroll(to: state.top - 1)
    case .pageDown:
        if state.top >= state.maxTop, state.paneIndex < last {
            state.focus(pane: state.paneIndex + 1, at: TextPlace(paragraph: 0, offset: 0))
        } else {
            state.scroll(to: state.top + max(1, state.bodyRows - 1))
        }
    case .pageUp:
        if state.top == 0, state.paneIndex > 0 {
            state.focus(pane: state.paneIndex - 1, bottom: true)
        } else {
            state.scroll(to: state.top - max(1, state.bodyRows - 1))
        }
    case .top:
        state.scroll(to: 0)
    case .bottom:
        state.scroll(to: state.maxTop)
    }
    return []
}

/// Keys while the help overlay is open: j/k and arrows scroll it, anything else closes it.
private func updateHelp(_ state: inout ReaderState, key: Key, helpTop: Int) -> [Effect] {
    let rows = HelpOverlay.lines().count
    switch key {
    case .char("j"), .down:
        state.helpTop = min(helpTop + 1, max(0, rows - 1))
    case .char("k"), .up:
        state.helpTop = max(0, helpTop - 1)
    default:
        state.helpTop = nil
    }
    return []
}
