import CNcursesw

/// Consecutive printable ASCII cells of one row, put into a curses window in one call.
///
/// `mvwadd_wchnstr` copies the cells as they are (no wrapping, no background
/// merge, no width lookup beyond one per cell), a fraction of the work of one
/// `setcchar` and `mvwadd_wch` per cell. Only printable ASCII goes in a run:
/// every such character is one column wide in every terminal library.
struct ASCIIRun {
    private var cells: [cchar_t] = []
    private var start = 0

    /// An empty run with room for a row of `capacity` cells.
    init(capacity: Int) {
        cells.reserveCapacity(capacity)
    }

    /// Adds a cell at `column`, a copy of `template` holding `byte`; a cell that
    /// does not follow the last one starts a new run (callers flush first).
    mutating func append(_ template: cchar_t, byte: UInt8, column: Int) {
        if cells.isEmpty { start = column }
        var cell = template
        cell.chars.0 = wchar_t(byte)
        cells.append(cell)
    }

    /// Puts the run at its columns of `row` and empties it.
    ///
    /// The last cell goes in with `mvwadd_wch`, which leaves the window's cursor
    /// after it, as drawing cell by cell did: `doupdate` parks the terminal's
    /// cursor there, and anywhere else would cost one more cursor move per screen.
    mutating func flush(into window: UnsafeMutablePointer<WINDOW>?, row: Int) {
        guard !cells.isEmpty else { return }
        let last = cells.count - 1
        cells.withUnsafeMutableBufferPointer { buffer in
            if last > 0 {
                _ = mvwadd_wchnstr(window, Int32(row), Int32(start), buffer.baseAddress, Int32(last))
            }
            _ = mvwadd_wch(window, Int32(row), Int32(start + last), buffer.baseAddress! + last)
        }
        cells.removeAll(keepingCapacity: true)
    }
}
