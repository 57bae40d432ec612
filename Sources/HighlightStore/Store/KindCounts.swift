/// How many records of each kind a fold applied: six counters, no hashing.
struct KindCounts: Sendable, Equatable {
    private var highlight = 0
    private var bookmark = 0
    private var position = 0
    private var note = 0
    private var delete = 0
    private var undelete = 0
    private var read = 0
    private var unread = 0
    private var allread = 0

    /// Counts one more record of `kind`.
    @inline(__always)
    mutating func add(_ kind: RecordKind) {
        switch kind {
        case .highlight: highlight += 1
        case .bookmark: bookmark += 1
        case .position: position += 1
        case .note: note += 1
        case .delete: delete += 1
        case .undelete: undelete += 1
        case .read: read += 1
        case .unread: unread += 1
        case .allread: allread += 1
        }
    }

    /// The counts by kind, kinds never counted left out.
    var dictionary: [RecordKind: Int] {
        let all: [(RecordKind, Int)] = [
            (.highlight, highlight), (.bookmark, bookmark), (.position, position),
            (.note, note), (.delete, delete), (.undelete, undelete),
            (.read, read), (.unread, unread), (.allread, allread),
        ]
        return Dictionary(uniqueKeysWithValues: all.filter { $0.1 > 0 })
    }
}
