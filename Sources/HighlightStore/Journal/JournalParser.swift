#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits store bytes into lines, decodes each and hands it to a ``JournalLineSink``.
///
/// Feeding pieces lets a big store be read in fixed-size chunks, so the whole
/// file is never in memory at once; only complete lines are decoded, the
/// caller keeps the rest for the next piece. Blank lines are skipped but numbered.
struct JournalParser<Sink: JournalLineSink> {
    /// Where the lines parsed so far went.
    var sink: Sink
    /// The file offset of the next byte to parse.
    private(set) var offset: Int
    /// The number the next line will get.
    private(set) var nextNumber: Int
    /// Bytes parsed that ended in a newline, counted from where parsing started.
    private(set) var terminated = 0
    /// Strings shared between the lines of this parse (worth it for a whole file, not for a few lines).
    private var table: StringTable?
    /// The record lines in ``JSONLine``'s layout are read into, in place (see ``JournalLineSink/take(canonical:scratch:number:span:)``).
    private var scratch = StoreRecord.empty

    /// A parser starting at file offset `offset` with line number `firstNumber`;
    /// with `sharingStrings`, equal values share one string (see ``StringTable``).
    init(into sink: consuming Sink, offset: Int = 0, firstNumber: Int = 1, sharingStrings: Bool = false) {
        self.sink = sink
        self.offset = offset
        self.nextNumber = firstNumber
        self.table = sharingStrings ? StringTable() : nil
    }

    /// Parses every newline-terminated line in `bytes` (which start at ``offset``)
    /// and returns how many bytes it used; the rest is an unfinished line.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !Self.isBlank(line) {
                let span = offset + start..<offset + end
                if !takeCanonical(line, number: nextNumber, span: span) {
                    switch RecordDecoding.decode(line, sharing: &table, canonicalFirst: false) {
                    case .record(var record):
                        sink.take(&record, number: nextNumber, span: span)
                    case .foreign(let kind, let version):
                        sink.take(JournalLine(number: nextNumber, span: span, keptBytes: Array(line), content: .foreign(kind: kind, version: version)))
                    case .bad(let reason):
                        sink.take(JournalLine(number: nextNumber, span: span, keptBytes: Array(line), content: .bad(reason: reason)))
                    }
                }
            }
            nextNumber += 1
            start = end + 1
        }
        offset += start
        terminated += start
        return start
    }

    /// Hands `line` to the sink's reader for lines in ``JSONLine``'s layout; `false` if it did not take it.
    private mutating func takeCanonical(_ line: UnsafeBufferPointer<UInt8>, number: Int, span: Range<Int>) -> Bool {
        guard line.first == UInt8(ascii: "{") else { return false }
        var cursor = JSONCursor(line)
        swap(&cursor.table, &table)
        defer { swap(&cursor.table, &table) }
        return sink.take(canonical: &cursor, scratch: &scratch, number: number, span: span)
    }

    /// Records `rest` (the bytes after the last newline) as a torn line, if there are any.
    mutating func finish(_ rest: UnsafeBufferPointer<UInt8>) {
        guard !rest.isEmpty else { return }
        sink.take(JournalLine(number: nextNumber, span: offset..<offset + rest.count, keptBytes: Array(rest), content: .torn))
    }

    /// Parses `bytes` (a whole file, or the part from `offset`) into `sink`, numbering lines from `firstNumber`.
    ///
    /// Returns the sink, how many bytes ended in a newline (the rest is a torn
    /// line), and the number the next terminated line will have.
    static func parse(
        _ bytes: [UInt8], into sink: consuming Sink, offset: Int = 0, firstNumber: Int = 1
    ) -> (sink: Sink, terminated: Int, nextNumber: Int) {
        var parser = JournalParser(into: sink, offset: offset, firstNumber: firstNumber)
        bytes.withUnsafeBufferPointer { buffer in
            let used = parser.feed(buffer)
            parser.finish(UnsafeBufferPointer(rebasing: buffer[used...]))
        }
        return (parser.sink, parser.terminated, parser.nextNumber)
    }

    /// Whether a line holds only spaces, tabs and carriage returns.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

extension JournalParser where Sink == JournalLineList {
    /// Parses `bytes` (a whole file, or the part from `offset`) into lines, numbering them from `firstNumber`.
    ///
    /// Returns the lines, how many bytes ended in a newline (the rest is a torn
    /// line), and the number the next terminated line will have.
    static func parse(_ bytes: [UInt8], offset: Int = 0, firstNumber: Int = 1) -> (lines: [JournalLine], terminated: Int, nextNumber: Int) {
        let parsed = parse(bytes, into: JournalLineList(), offset: offset, firstNumber: firstNumber)
        return (parsed.sink.lines, parsed.terminated, parsed.nextNumber)
    }
}
