/// What the note editor's operations do: edit the text, save it or cancel.
///
/// Returns `nil` for an operation the note editor does not offer.
func performNote(_ operation: Operation, key: Key, on state: inout ReaderState) -> [Effect]? {
    guard var editor = state.noteEditor else { return nil }
    switch operation {
    case .save:
        state.pop()
        let text = NoteEditor.trimmingSpaces(String(editor.text))
        return [.saveNote(id: editor.target, note: text.isEmpty ? nil : text)]
    case .close:
        state.pop()
        state.message = "Note not changed"
        return []
    default:
        guard editor.edit(operation, key: key) else { return nil }
    }
    state.replaceTop(with: .note(editor))
    return []
}
