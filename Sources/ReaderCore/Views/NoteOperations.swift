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
    case .insert:
        guard case .char(let character) = key else { return [] }
        editor.insert(character)
    case .deleteBackward: editor.deleteBackward()
    case .caretLeft: editor.caret = max(0, editor.caret - 1)
    case .caretRight: editor.caret = min(editor.text.count, editor.caret + 1)
    case .caretStart: editor.caret = 0
    case .caretEnd: editor.caret = editor.text.count
    default:
        return nil
    }
    state.replaceTop(with: .note(editor))
    return []
}
