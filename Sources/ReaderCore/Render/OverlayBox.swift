/// The bordered box the lists and the headings are drawn in: a title in the top border, a blank inside.
enum OverlayBox {
    /// Draws the border of `rect` with `title` in its top edge and clears the inside;
    /// returns the inside, or `nil` when the rectangle is too small to hold a list.
    static func draw(title: String, in rect: Rect, into screen: inout Screen) -> Rect? {
        guard rect.width >= 10, rect.height >= 4 else { return nil }
        let inner = rect.width - 2
        let heading = "─ \(title) "
        screen.put("┌" + String(heading.prefix(inner)) + String(repeating: "─", count: max(0, inner - heading.count)) + "┐",
                   row: rect.y, column: rect.x, style: .helpBorder)
        for row in (rect.y + 1)..<(rect.y + rect.height - 1) {
            screen.put("│" + String(repeating: " ", count: inner) + "│", row: row, column: rect.x, style: .helpBorder)
            screen.fill(row: row, from: rect.x + 1, to: rect.x + 1 + inner, style: .helpText)
        }
        screen.put("└" + String(repeating: "─", count: inner) + "┘", row: rect.y + rect.height - 1, column: rect.x, style: .helpBorder)
        return Rect(x: rect.x + 1, y: rect.y + 1, width: inner, height: rect.height - 2)
    }
}
