import ArticleKit
import HighlightStore

/// The highlight or bookmark list: two rows per entry, quote then section, date and note.
enum ListOverlayView {
    /// The rectangle the list takes on a screen of `size`: all but a one-cell margin, at most 76 wide.
    static func rect(on size: ScreenSize) -> Rect {
        Rect(size).centred(width: min(size.width - 2, 76), height: size.height - 2)
    }

    /// Draws the list into `rect`; `hints` names its keys in the top border.
    static func draw(_ list: ListOverlay, items: [ResolvedAnnotation], state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let name = list.kind == .highlights ? "Highlights" : "Bookmarks"
        guard let inside = OverlayBox.draw(title: "\(name) (\(items.count)) · \(state.hints.joined(separator: "  "))", in: rect, into: &screen)
        else { return }
        let left = rect.x, top = rect.y, inner = inside.width
        let document = state.document
        let rows = inside.height
        let perItem = 2
        let visible = max(1, rows / perItem)
        let first = min(max(0, list.selected - visible + 1), max(0, items.count - visible))
        if items.isEmpty {
            let reading = state.keymaps[.reading]
            let empty = list.kind == .highlights
                ? "No highlights yet: \(reading.key(.highlightSentence)) highlights a sentence, \(reading.key(.startSelection)) selects text."
                : "No bookmarks yet: \(reading.key(.bookmark)) bookmarks a paragraph."
            screen.put(empty, row: top + 1, column: left + 2, maxWidth: inner - 2, style: .helpText)
        }
        for (slot, index) in (first..<min(items.count, first + visible)).enumerated() {
            let item = items[index]
            let row = top + 1 + slot * perItem
            let style: Style = index == list.selected ? .listSelected : .helpText
            screen.fill(row: row, from: left + 1, to: left + 1 + inner, style: style)
            screen.fill(row: row + 1, from: left + 1, to: left + 1 + inner, style: style)
            let quote = DisplaySanitizer.clean(item.annotation.anchor.exact).split(whereSeparator: \.isNewline).joined(separator: " ")
            screen.put(DisplayTitle.shorten("“" + quote + "”", to: inner - 2), row: row, column: left + 2, maxWidth: inner - 2, style: style)
            var details = [sectionLabel(item, document: document), String(item.annotation.created.prefix(10))]
            if item.resolved.isOrphaned { details.append("orphaned") }
            if let note = item.annotation.note, !note.isEmpty { details.append("Note: " + DisplaySanitizer.clean(note)) }
            screen.put("  " + details.joined(separator: " · "), row: row + 1, column: left + 2, maxWidth: inner - 2, style: style)
        }
    }

    /// "Q3", "Lead" or "Sources" for where the entry is.
    private static func sectionLabel(_ item: ResolvedAnnotation, document: ReaderDocument) -> String {
        let section = item.resolved.range?.section ?? item.annotation.anchor.section
        guard let index = document.paneIndex(ofBody: section) else { return "Section \(section)" }
        return document.panes[index].listLabel
    }
}
