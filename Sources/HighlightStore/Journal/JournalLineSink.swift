/// Where ``JournalParser`` puts the lines it reads.
///
/// A record line is handed over as its record, so a sink that only folds
/// records (``StoreFold``) never builds a ``JournalLine`` for one.
protocol JournalLineSink {
    /// Takes what it keeps of the record read from line `number`, whose bytes are at `span` in the file.
    ///
    /// The strings it keeps are moved out of `record`; the caller discards the rest.
    mutating func take(_ record: inout StoreRecord, number: Int, span: Range<Int>)
    /// Takes a line that is not a record (foreign, bad or torn).
    mutating func take(_ line: consuming JournalLine)
    /// Makes room for the lines of a file of `count` bytes, before any is taken.
    mutating func reserveCapacity(forBytes count: Int)
    /// Takes line `number` (at `span` in the file) if it is a record in ``JSONLine``'s layout,
    /// read with `cursor` (at its start); `false` to have it decoded like any other line.
    ///
    /// `scratch` is a record to read into and take from, reused between lines.
    mutating func take(canonical cursor: inout JSONCursor, scratch: inout StoreRecord, number: Int, span: Range<Int>) -> Bool
}

extension JournalLineSink {
    /// Reads the record into `scratch` and takes it (see ``CanonicalLine``).
    mutating func take(canonical cursor: inout JSONCursor, scratch: inout StoreRecord, number: Int, span: Range<Int>) -> Bool {
        guard CanonicalLine.read(&cursor, into: &scratch) else { return false }
        take(&scratch, number: number, span: span)
        return true
    }
}

/// Every line parsed, records included, in order.
struct JournalLineList: JournalLineSink {
    /// The lines parsed so far (blank lines are skipped but numbered).
    var lines: [JournalLine] = []

    mutating func take(_ record: inout StoreRecord, number: Int, span: Range<Int>) {
        var taken = StoreRecord.empty
        swap(&taken, &record)
        lines.append(JournalLine(number: number, span: span, keptBytes: [], content: .record(taken)))
    }

    mutating func take(_ line: consuming JournalLine) {
        lines.append(line)
    }

    mutating func reserveCapacity(forBytes count: Int) {
        // Records run a few hundred bytes a line: room for most lines saves growing the array many times.
        lines.reserveCapacity(count / 512)
    }
}
