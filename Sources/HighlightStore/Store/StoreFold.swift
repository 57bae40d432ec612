/// Folds parsed records straight into a ``StoreState``, keeping only the lines that are not records.
///
/// Opening a store never holds a record twice: a record goes from the
/// decoder into the state (as an ``Annotation``, a position, or just its id
/// for an edit), and its line is only counted.
struct StoreFold: JournalLineSink {
    /// The fold of the records taken so far.
    var state = StoreState()
    /// The lines taken that are not records: foreign, bad and torn ones.
    var keptLines: [JournalLine] = []
    /// How many lines were taken, records included.
    var lineCount = 0

    mutating func take(_ record: inout StoreRecord, number: Int, span: Range<Int>) {
        state.apply(taking: &record, line: number)
        lineCount += 1
    }

    mutating func take(_ line: consuming JournalLine) {
        keptLines.append(line)
        lineCount += 1
    }

    mutating func reserveCapacity(forBytes count: Int) {
        // Records run 130-500 bytes a line. Every slot of the id table is touched, so it
        // is sized for 512-byte lines and grows if they are shorter; unused room in the
        // arrays costs address space, not memory.
        state.reserveCapacity(records: count / 512, annotations: count / 512)
    }
}
