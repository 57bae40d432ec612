/// What the search prompt's operations do: edit the pattern, walk the history, search or cancel.
///
/// Returns `nil` for an operation the search prompt does not offer.
func performSearchPrompt(_ operation: Operation, key: Key, on state: inout ReaderState) -> [Effect]? {
    guard var prompt = state.searchPrompt else { return nil }
    switch operation {
    case .submit:
        state.pop()
        state.runSearch(String(prompt.text), backward: prompt.backward)
        return []
    case .close:
        state.pop()
        return []
    case .historyBack, .historyForward:
        let history = state.searchHistory
        let step = operation == .historyBack ? 1 : -1
        let index = (prompt.historyIndex ?? -1) + step
        if prompt.historyIndex == nil { prompt.draft = prompt.text }
        if index < 0 {
            prompt.historyIndex = nil
            prompt.text = prompt.draft
            prompt.caret = prompt.text.count
        } else if index < history.count {
            prompt.historyIndex = index
            prompt.show(history[history.count - 1 - index])
        } else {
            state.message = "No earlier search"
        }
    default:
        guard prompt.edit(operation, key: key) else { return nil }
    }
    state.replaceTop(with: .search(prompt))
    return []
}
