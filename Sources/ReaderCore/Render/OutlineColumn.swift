import ArticleKit

/// The outline beside the text on wide terminals: every pane's heading, the focused one marked.
enum OutlineColumn {
    /// Draws the outline and the separator column.
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let geometry = state.geometry
        let top = geometry.textTop
        let rows = geometry.textHeight
        let width = geometry.outlineWidth
        let entries = state.outlineLines
        // Keep the focused entry on screen when the outline is taller than the column.
        let focusedLines = entries.indices.filter { entries[$0].pane == state.paneIndex }
        var first = 0
        if let last = focusedLines.last, last >= rows {
            first = min(last - rows + 1 + rows / 2, max(0, entries.count - rows))
            first = min(first, focusedLines.first ?? first)
        }
        for (offset, entry) in entries.dropFirst(first).prefix(rows).enumerated() {
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

    /// One outline line: its text and the pane it belongs to.
    struct EntryLine: Equatable, Sendable {
        var text: String
        var pane: Int
    }

    /// Each pane's label, wrapped to the column with a hanging indent: questions
    /// carry their number (the key that jumps there), the lead and closing pane a dot.
    static func entryLines(_ document: ReaderDocument, width: Int) -> [EntryLine] {
        var lines: [EntryLine] = []
        let numberWidth = String(document.panes.count).count + 1
        let textWidth = max(1, width - numberWidth - 1)
        for (index, pane) in document.panes.enumerated() {
            let number: String
            if case .question(let n) = pane.kind { number = String(n) } else { number = "·" }
            let gutter = String(repeating: " ", count: numberWidth - number.count) + number + " "
            let indent = String(repeating: " ", count: numberWidth + 1)
            for (lineNumber, piece) in TextWrapper.wrap(pane.outlineLabel, width: textWidth).enumerated() {
                lines.append(EntryLine(text: (lineNumber == 0 ? gutter : indent) + piece.text, pane: index))
            }
        }
        return lines
    }
}
