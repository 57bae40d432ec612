import ArticleKit

/// The compact outline on narrow terminals: one row of pane numbers, the focused one marked.
enum PaneBar {
    /// Each pane's entry: its text and the columns it takes on screen (after any shift).
    static func items(_ state: ReaderState) -> [(text: String, pane: Int, columns: Range<Int>)] {
        let items = state.document.panes.map { pane -> String in
            switch pane.kind {
            case .lead: "Lead"
            case .section(let n): String(n)
            case .closing: "End"
            }
        }
        var starts: [Int] = []
        var x = 1
        for item in items {
            starts.append(x)
            x += DisplayWidth.of(item) + 3
        }
        // Shift the bar left when the focused item would fall off the right edge.
        let focusEnd = starts[state.paneIndex] + DisplayWidth.of(items[state.paneIndex]) + 2
        let shift = max(0, focusEnd - state.size.width + 1)
        return items.enumerated().map { index, item in
            let column = starts[index] - shift
            return (" \(item) ", index, column..<(column + DisplayWidth.of(item) + 2))
        }
    }

    /// Draws the bar on the row under the title bar.
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        for item in items(state) {
            let column = item.columns.lowerBound
            guard column >= 0, column < state.size.width else { continue }
            let style: Style = item.pane == state.paneIndex ? .outlineFocused : .outline
            screen.put(item.text, row: 1, column: column, maxWidth: state.size.width - column, style: style)
        }
    }
}
