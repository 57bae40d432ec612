/// A position record as ``StoreState`` keeps it: decoded, or the bytes of its line, decoded when asked for.
///
/// Opening a store replaces an article's latest position a hundred times over
/// for every one that is ever looked at; keeping the line of a checked record
/// in ``JSONLine``'s layout costs one copy into bytes it already holds,
/// instead of the record's strings.
struct StoredPosition: Sendable {
    /// The record, when it was applied decoded.
    private var decoded: StoreRecord?
    /// The bytes of a line ``CanonicalLine`` took as a position record (when `decoded` is `nil`).
    private var line: [UInt8] = []

    /// A decoded record.
    init(_ record: StoreRecord) {
        decoded = record
    }

    /// The record on `bytes` (a line in ``JSONLine``'s layout that ``CanonicalLine`` took as a position).
    init(line bytes: UnsafeBufferPointer<UInt8>) {
        line = Array(bytes)
    }

    /// Replaces the position with the record on `bytes`, reusing the storage of the line it held.
    mutating func replace(line bytes: UnsafeBufferPointer<UInt8>) {
        decoded = nil
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: bytes)
    }

    /// The record.
    var record: StoreRecord {
        if let decoded { return decoded }
        guard case .record(let record) = RecordDecoding.decode(line[...]) else {
            preconditionFailure("a position line that was read as a record no longer is one")
        }
        return record
    }
}

extension StoredPosition: Equatable {
    /// Whether both hold the same record, however it is kept.
    static func == (lhs: StoredPosition, rhs: StoredPosition) -> Bool {
        lhs.record == rhs.record
    }
}
