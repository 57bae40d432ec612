import ArticleKit

/// The compact outline on narrow terminals: one row of pane numbers, the focused one marked.
enum PaneBar {
    /// Draws the bar on the row under the title bar.
    static func draw(_ state: ReaderState, into screen: inout Screen) {
        let row = 1
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
        for (index, item) in items.enumerated() {
            let column = starts[index] - shift
            guard column >= 0, column < state.size.width else { continue }
            let style: Style = index == state.paneIndex ? .outlineFocused : .outline
            screen.put(" \(item) ", row: row, column: column, maxWidth: state.size.width - column, style: style)
        }
    }
}
