/// One line of the store file, kept byte for byte next to what it means.
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
    /// The line's bytes, without its newline; written back unchanged on a rewrite.
    public var bytes: [UInt8]
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

/// Splits store bytes into lines.
enum JournalParser {
    /// Parses `bytes`, numbering lines from `firstNumber`. Empty lines are skipped.
    ///
    /// Returns the lines, how many bytes ended in a newline (the rest is a torn
    /// line), and the number the next terminated line will have.
    static func parse(_ bytes: [UInt8], firstNumber: Int = 1) -> (lines: [JournalLine], terminated: Int, nextNumber: Int) {
        var lines: [JournalLine] = []
        var number = firstNumber
        var start = 0
        var index = 0
        let newline = UInt8(ascii: "\n")
        while index < bytes.count {
            if bytes[index] == newline {
                let slice = bytes[start..<index]
                if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0d }) {
                    let content: JournalLine.Content = switch RecordDecoding.decode(slice) {
                    case .record(let record): .record(record)
                    case .foreign(let kind, let version): .foreign(kind: kind, version: version)
                    case .bad(let reason): .bad(reason: reason)
                    }
                    lines.append(JournalLine(number: number, bytes: Array(slice), content: content))
                }
                number += 1
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count {
            lines.append(JournalLine(number: number, bytes: Array(bytes[start...]), content: .torn))
        }
        return (lines, start, number)
    }
}
