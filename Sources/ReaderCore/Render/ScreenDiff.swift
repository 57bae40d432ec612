/// What must be drawn to turn a terminal showing one ``Screen`` into another: a pure function.
///
/// The terminal layer only sends what this lists, so which cells change after a
/// key is decided here, where tests see it, and not inside curses output code.
public struct ScreenDiff: Equatable, Sendable {
    /// True when the terminal must be cleared first (nothing shown yet, or a new size).
    public let clearsFirst: Bool
    /// The cells of the new screen to draw, as row-major indices in increasing order.
    ///
    /// The right half of a two-column character is never listed: drawing the
    /// character covers it. After a clear, blank cells are not listed either.
    public let cells: [Int]

    /// The difference between `previous` (what the terminal shows, if known) and `next`.
    public init(from previous: Screen?, to next: Screen) {
        let old = previous?.size == next.size ? previous : nil
        clearsFirst = old == nil
        var cells: [Int] = []
        let blank = Cell.blank()
        // Cluster codes are indices into each screen's own table: compare what they show.
        let hasClusters = !next.clusters.isEmpty || !(old?.clusters.isEmpty ?? true)
        for index in next.cells.indices {
            let cell = next.cells[index]
            if cell.isContinuation { continue }
            if let old {
                let same = hasClusters ? next.cellMatches(index, in: old) : old.cells[index] == cell
                if same { continue }
            } else if cell == blank {
                continue
            }
            cells.append(index)
        }
        self.cells = cells
    }
}
