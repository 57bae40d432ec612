import ArticleKit

/// The column widths of one table (a run of table-row paragraphs), for drawing
/// its rows as aligned columns when the table fits the pane.
///
/// A row's text is its cells joined by " | "; an aligned row shows each cell
/// padded to its column and " │ " where the text has " | ", so every shown
/// scalar but the padding is a scalar of the text at the same offset.
struct TableColumns {
    /// The widest cell of each column, in display columns.
    let widths: [Int]

    /// Creates columns from known widths.
    init(widths: [Int]) {
        self.widths = widths
    }

    /// Measures the run of table rows of `pane` that starts at paragraph `first`.
    init(pane: Pane, from first: Int) {
        var widths: [Int] = []
        var index = first
        while index < pane.paragraphs.count, pane.look(index).kind == .tableRow {
            for (column, cell) in pane.look(index).cells.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
            index += 1
        }
        self.widths = widths
    }

    /// The width of the whole table: cells and separators.
    var totalWidth: Int { widths.reduce(0, +) + 3 * max(0, widths.count - 1) }

    /// The row as one aligned line, or `nil` when the table is wider than
    /// `width` or the row's text is not its cells joined by " | " (then it wraps as text).
    func line(_ text: String, look: ParagraphLook, paragraph: Int, width: Int) -> BodyLine? {
        guard !widths.isEmpty, totalWidth <= width, !look.cells.isEmpty,
              look.cells.joined(separator: " | ") == text else { return nil }
        var shown = ""
        var inserted: [Range<Int>] = []
        var count = 0
        for (column, cell) in look.cells.enumerated() {
            if column > 0 {
                shown += " │ "
                count += 3
            }
            shown += cell
            count += cell.unicodeScalars.count
            let pad = widths[column] - DisplayWidth.of(cell)
            if pad > 0, column < look.cells.count - 1 {
                shown += String(repeating: " ", count: pad)
                inserted.append(count..<(count + pad))
                count += pad
            }
        }
        return BodyLine(text: shown, paragraph: paragraph, start: 0, end: UTF8Scalar.count(in: text), inserted: inserted)
    }
}
