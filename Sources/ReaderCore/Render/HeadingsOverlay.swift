import ArticleKit

/// The headings overlay (`t`): the outline in a box, for narrow screens where it is not beside the text.
enum HeadingsOverlay {
    /// Draws every pane's outline entry into `rect`, the selected one marked and kept in view.
    static func draw(_ document: ReaderDocument, selected: Int, hints: [String], in rect: Rect, into screen: inout Screen) {
        guard let inside = OverlayBox.draw(title: "Headings · \(hints.joined(separator: "  "))", in: rect, into: &screen)
        else { return }
        let left = rect.x, top = rect.y, inner = inside.width, rows = inside.height
        let lines = OutlineColumn.window(document, focused: selected, width: inner - 2, rows: rows)
        for (offset, line) in lines.enumerated() {
            let row = top + 1 + offset
            let style: Style = line.pane == selected ? .listSelected : .helpText
            screen.fill(row: row, from: left + 1, to: left + 1 + inner, style: style)
            screen.put(line.text, row: row, column: left + 2, maxWidth: inner - 2, style: style)
        }
    }
}
