import ArticleKit

/// A one-line prompt (the note editor, the search prompt), drawn over the status line: "Note: text" with a visible caret.
enum PromptView {
    /// Draws `editor` after `label` into the one-row `rect` (the status line).
    static func draw(_ label: String, _ editor: some LineEditing, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        let row = rect.y
        let width = rect.x + rect.width
        screen.fill(row: row, from: rect.x, to: width, style: .message)
        screen.put(String(repeating: " ", count: rect.width), row: row, column: rect.x, style: .message)
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
