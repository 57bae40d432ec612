import ArticleKit

/// The note editor, drawn over the status line: "Note: text" with a visible caret.
enum NoteEditorView {
    static func draw(_ editor: NoteEditor, into screen: inout Screen) {
        let row = screen.size.height - 1
        let width = screen.size.width
        screen.fill(row: row, style: .message)
        screen.put(String(repeating: " ", count: width), row: row, column: 0, style: .message)
        let label = " Note: "
        let start = screen.put(label, row: row, column: 0, style: .message)
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
