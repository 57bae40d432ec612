/// What the highlight and bookmark lists' operations do.
///
/// Returns `nil` for an operation the list view does not offer.
func performList(_ operation: Operation, on state: inout ReaderState) -> [Effect]? {
    guard var list = state.list else { return nil }
    let items = state.items(of: list.kind)
    var effects: [Effect] = []
    if let moved = ListCursor.moved(operation, from: list.selected, count: items.count) {
        list.selected = moved
        state.replaceTop(with: .list(list))
        return []
    }
    switch operation {
    case .openEntry:
        let item = items[list.selected]
        guard let range = item.resolved.range else {
            state.message = "This \(list.kind.noun) is orphaned: its text is not in this version of the article"
            return []
        }
        state.pop()
        state.show(section: range.section, offset: range.start)
        return []
    case .deleteEntry:
        list.lastDeleted = items[list.selected].id
        effects = [.delete(id: items[list.selected].id)]
        state.message = "Deleted the \(list.kind.noun); \(state.keymaps[.list].key(.undoDelete)) brings it back"
    case .undoDelete:
        effects = [.undelete(id: list.lastDeleted!)]
        list.lastDeleted = nil
        state.message = "Restored the \(list.kind.noun)"
    case .editNote:
        state.push(.note(NoteEditor(target: items[list.selected].id, note: items[list.selected].annotation.note)))
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
    state.replaceTop(with: .list(list))
    return effects
}

extension ListOverlay.Kind {
    /// "highlight" or "bookmark", for messages.
    var noun: String { self == .highlights ? "highlight" : "bookmark" }
}
