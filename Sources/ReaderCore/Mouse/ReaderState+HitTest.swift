import ArticleKit

/// Which part of the reader is drawn at a cell: the inverse of the layout the renderer draws.
extension ReaderState {
    /// What is under `column`, `row`, if anything the mouse can use.
    public func target(column: Int, row: Int) -> ScreenTarget? {
        guard !geometry.tooSmall else { return nil }
        if geometry.sideOutline {
            if column < geometry.outlineWidth, row >= geometry.textTop, row < geometry.textTop + geometry.textHeight {
                let entries = OutlineColumn.window(document, focused: paneIndex, width: geometry.outlineWidth, rows: geometry.textHeight)
                let index = row - geometry.textTop
                return entries.indices.contains(index) ? .pane(entries[index].pane) : nil
            }
        } else if row == 1 {
            return PaneBar.items(self).first { $0.columns.contains(column) }.map { .pane($0.pane) }
        }
        return textPlace(column: column, row: row).map { .text($0) }
    }

    /// The body text place drawn at `column`, `row` (clamped to the line), or `nil` off the body.
    func textPlace(column: Int, row: Int) -> TextPlace? {
        let bodyTop = geometry.textTop + geometry.headingRows(for: layout.headingLines.count)
            + geometry.headingGap(for: layout.headingLines.count)
        let index = top + row - bodyTop
        guard row >= bodyTop, row < geometry.textTop + geometry.textHeight, layout.bodyLines.indices.contains(index) else { return nil }
        let line = layout.bodyLines[index]
        guard let paragraph = line.paragraph else { return nil }
        let x = column - geometry.textX - DisplayWidth.of(line.prefix)
        guard x >= 0 else { return TextPlace(paragraph: paragraph, offset: line.start) }
        return TextPlace(paragraph: paragraph, offset: line.offset(atColumn: x))
    }

    /// The link of the focused pane whose text covers `place`, if any.
    func link(at place: TextPlace) -> PaneLink? {
        pane.links.first { $0.paragraph == place.paragraph && $0.range.contains(place.offset) }
    }
}
