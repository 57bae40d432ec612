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
