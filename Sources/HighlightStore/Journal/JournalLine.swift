/// One line of the store file: where it is, what it means, and its bytes when it is not a record.
public struct JournalLine: Sendable, Equatable {
    /// What a line turned out to be.
    public enum Content: Sendable, Equatable {
        /// A record this version understands.
        case record(StoreRecord)
        /// A well-formed record of an unknown kind or a newer format version: kept, ignored.
        case foreign(kind: String, version: Int)
        /// A line ending in a newline that is not a record (corruption): kept, reported.
        case bad(reason: String)
        /// A final line without a newline (an interrupted append): skipped, reported.
        case torn
    }

    /// The 1-based line number in the file.
    public var number: Int
    /// Where the line's bytes (without its newline) are in the file.
    public var span: Range<Int>
    /// The line's bytes, without its newline, when it is not a record (bad,
    /// foreign or torn): kept to report and to write back unchanged. Empty for
    /// a record, whose bytes stay in the file at ``span``: a store of a million
    /// records does not hold a second copy of itself. A rewrite reads the file
    /// again and copies every kept line from there.
    public var keptBytes: [UInt8]
    /// What the line means.
    public var content: Content

    /// The record, if the line is one this version understands.
    public var record: StoreRecord? {
        if case .record(let record) = content { record } else { nil }
    }

    /// A description of the problem with this line, if any.
    public var problem: String? {
        switch content {
        case .record, .foreign: nil
        case .bad(let reason): "line \(number): \(reason) (kept as is)"
        case .torn: "line \(number): interrupted write, no newline at the end (skipped)"
        }
    }
}
