import ArticleKit

/// The outline beside the text on wide terminals: every pane's heading, the focused one marked.
enum OutlineColumn {
    /// Draws the outline and the separator column.
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let geometry = state.geometry
        let top = geometry.textTop
        let rows = geometry.textHeight
        let width = geometry.outlineWidth
        let visible = window(state.document, focused: state.paneIndex, width: width, rows: rows)
        for (offset, entry) in visible.enumerated() {
            let row = top + offset
            let focused = entry.pane == state.paneIndex
            let style: Style = focused ? .outlineFocused : .outline
            screen.fill(row: row, from: 0, to: width, style: style)
            screen.put(entry.text, row: row, column: 0, maxWidth: width, style: style)
        }
        for row in top..<(top + rows) {
            screen.put("│", row: row, column: width, style: .separator)
        }
    }

    /// The outline lines that fit in `rows`, with the focused entry on screen.
    ///
    /// Only the entries near the focused one are wrapped, so the cost follows
    /// the screen's height, not the number of headings (an article can have
    /// thousands). The outline starts at the first entry while the focused one
    /// fits below it; after that the focused entry sits about mid-column.
    static func window(_ document: ReaderDocument, focused: Int, width: Int, rows: Int) -> [EntryLine] {
        guard rows > 0, document.panes.indices.contains(focused) else { return [] }
        let focusedLines = lines(of: focused, in: document, width: width)
        var before: [EntryLine] = []
        var index = focused - 1
        while index >= 0, before.count + focusedLines.count <= rows {
            before.insert(contentsOf: lines(of: index, in: document, width: width), at: 0)
            index -= 1
        }
        let fitsFromTheStart = index < 0 && before.count + focusedLines.count <= rows
        if !fitsFromTheStart { before = Array(before.suffix(max(0, min(rows / 2, rows - focusedLines.count)))) }
        var shown = before + focusedLines
        index = focused + 1
        while shown.count < rows, index < document.panes.count {
            shown += lines(of: index, in: document, width: width)
            index += 1
        }
        return Array(shown.prefix(rows))
    }

    /// One outline line: its text and the pane it belongs to.
    struct EntryLine: Equatable, Sendable {
        var text: String
        var pane: Int
    }

    /// One pane's label, wrapped to the column with a hanging indent: questions
    /// carry their number (the key that jumps there), the lead and closing pane a dot.
    static func lines(of index: Int, in document: ReaderDocument, width: Int) -> [EntryLine] {
        let pane = document.panes[index]
        let numberWidth = String(document.panes.count).count + 1
        let textWidth = max(1, width - numberWidth - 1)
        let number: String
        if case .section(let n) = pane.kind { number = String(n) } else { number = "·" }
        let gutter = String(repeating: " ", count: max(0, numberWidth - number.count)) + number + " "
        let indent = String(repeating: " ", count: numberWidth + 1)
        return TextWrapper.wrap(pane.outlineLabel, width: textWidth).enumerated().map { lineNumber, piece in
            EntryLine(text: (lineNumber == 0 ? gutter : indent) + piece.text, pane: index)
        }
    }
}
