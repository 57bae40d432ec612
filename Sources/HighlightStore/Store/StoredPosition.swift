/// A position record as ``StoreState`` keeps it: decoded, or the bytes of its line, decoded when asked for.
///
/// Opening a store replaces an article's latest position a hundred times over
/// for every one that is ever looked at; keeping the line of a checked record
/// in ``JSONLine``'s layout costs one copy instead of its strings.
enum StoredPosition: Sendable {
    /// A decoded record.
    case record(StoreRecord)
    /// The bytes of a line ``CanonicalLine`` took as a position record.
    case line([UInt8])

    /// The record.
    var record: StoreRecord {
        switch self {
        case .record(let record):
            return record
        case .line(let bytes):
            guard case .record(let record) = RecordDecoding.decode(bytes[...]) else {
                preconditionFailure("a position line that was read as a record no longer is one")
            }
            return record
        }
    }
}

extension StoredPosition: Equatable {
    /// Whether both hold the same record, however it is kept.
    static func == (lhs: StoredPosition, rhs: StoredPosition) -> Bool {
        lhs.record == rhs.record
    }
}
