import ArticleKit

/// The note editor, drawn over the status line: "Note: text" with a visible caret.
enum NoteEditorView {
    /// Draws the editor into the one-row `rect` (the status line).
    static func draw(_ editor: NoteEditor, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        let row = rect.y
        let width = rect.x + rect.width
        screen.fill(row: row, from: rect.x, to: width, style: .message)
        screen.put(String(repeating: " ", count: rect.width), row: row, column: rect.x, style: .message)
        let label = " Note: "
        let start = rect.x + screen.put(label, row: row, column: rect.x, style: .message)
        let room = max(1, width - start - 1)
        // Scroll the text so the caret stays visible.
        var first = 0
        while DisplayWidth.of(String(editor.text[first..<editor.caret])) >= room, first < editor.caret { first += 1 }
        var x = start
        for index in first..<editor.text.count {
            let character = DisplaySanitizer.clean(String(editor.text[index]))
            let w = DisplayWidth.of(character)
            if x + w > width - 1 { break }
            screen.put(character, row: row, column: x, style: index == editor.caret ? .caret : .message)
            x += max(1, w)
        }
        if editor.caret == editor.text.count, x < width {
            screen.put(" ", row: row, column: x, style: .caret)
        }
    }
}
