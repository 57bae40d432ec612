import ArticleKit

/// The links list: two rows per link, its number and text, then its URL and a visited mark.
enum LinkListView {
    /// Draws `list` into `rect`, naming its keys (`hints`) in the top border.
    static func draw(_ list: LinkList, visited: Set<String>, hints: [String], in rect: Rect, into screen: inout Screen) {
        guard let inside = OverlayBox.draw(title: "Links (\(list.links.count)) · \(hints.joined(separator: "  "))", in: rect, into: &screen)
        else { return }
        let left = rect.x, top = rect.y, inner = inside.width, rows = inside.height
        let visible = max(1, rows / 2)
        let first = min(max(0, list.selected - visible + 1), max(0, list.links.count - visible))
        for (slot, index) in (first..<min(list.links.count, first + visible)).enumerated() {
            let link = list.links[index]
            let row = top + 1 + slot * 2
            let style: Style = index == list.selected ? .listSelected : .helpText
            screen.fill(row: row, from: left + 1, to: left + 1 + inner, style: style)
            screen.fill(row: row + 1, from: left + 1, to: left + 1 + inner, style: style)
            let text = DisplaySanitizer.clean(link.text).split(whereSeparator: \.isNewline).joined(separator: " ")
            screen.put(DisplayTitle.shorten("[\(link.number)] " + text, to: inner - 2), row: row, column: left + 2, maxWidth: inner - 2, style: style)
            let mark = visited.contains(link.url) ? " · visited" : ""
            let url = DisplayTitle.shorten(DisplaySanitizer.clean(link.url), to: max(1, inner - 6 - mark.count))
            screen.put("    " + url + mark, row: row + 1, column: left + 2, maxWidth: inner - 2, style: style)
        }
    }
}
