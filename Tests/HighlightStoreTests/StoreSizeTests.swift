import Foundation
import Testing
@testable import HighlightStore

/// Store files at the size extremes: one huge line, and (with
/// FOLIO_SLOW_TESTS=1) a million records.
@Suite struct StoreSizeTests {
    /// A highlight whose note is 10 MB is written as one line, read back
    /// whole, survives a compaction and is kept by an append after it.
    @Test func aTenMegabyteNoteLoadsAndRoundTrips() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var note = String(repeating: "0123456789 \"quoted\" \\ ñ 漢 \u{1B}[2J\n", count: 10_000_000 / 40)
        note += "end"
        let big = Samples.highlight("storms", note: note)
        var store = try AnnotationStore.load(path: path)
        try store.append(big)
        try store.append(Samples.highlight("mayor"))
        #expect(bytes(of: path).count > 10_000_000)

        var reloaded = try AnnotationStore.load(path: path)
        #expect(reloaded.problems.isEmpty)
        #expect(reloaded.lineCount == 2)
        #expect(reloaded.state.annotation(id: big.id)?.note == note)
        let file = bytes(of: path)
        #expect(Array(file[JournalParser.parse(file).lines[0].span]) == JSONLine.encode(big))

        #expect(try reloaded.compact() == 0)
        let compacted = try AnnotationStore.load(path: path)
        #expect(compacted.state.annotation(id: big.id)?.note == note)
        #expect(compacted.state.annotations.count == 2)
    }

    /// A store of a million records (139 MB) opens. Slow (about 11 s to open
    /// in a release build, Swift 6.3, 2 cores), so it runs only with
    /// FOLIO_SLOW_TESTS=1; the time is printed.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FOLIO_SLOW_TESTS"] == "1"))
    func aMillionRecordsOpen() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let count = 1_000_000
        var file: [UInt8] = []
        file.reserveCapacity(120_000_000)
        let article = ArticleIdentity(path: "news/today.txt", title: nil, fingerprint: "0f1e2d3c")
        let anchor = QuoteAnchor(section: 0, heading: nil, exact: "storms", prefix: "", suffix: "", start: 43, end: 49)
        let time = "2025-03-01T09:30:00Z"
        // Groups of ten: a highlight, a position, six note edits, a delete, an undelete.
        for group in 0..<(count / 10) {
            let id = "h\(group)"
            var records: [StoreRecord] = [.highlight(anchor, in: article, note: "first", at: time), .position(anchor, in: article, at: time)]
            records[0].id = id
            for edit in 0..<6 { records.append(.note("note \(edit)", for: id, at: time)) }
            records += [.delete(id, at: time), .undelete(id, at: time)]
            for (offset, var record) in records.enumerated() {
                if offset > 0 { record.id = "\(id).\(offset)" }
                file += JSONLine.encode(record)
                file.append(0x0A)
            }
        }
        let path = try folder.write("big.jsonl", file)
        let clock = ContinuousClock()
        var store: AnnotationStore?
        let elapsed = try clock.measure { store = try AnnotationStore.load(path: path) }
        let megabytes = Double(file.count) / 1_000_000
        print("StoreSizeTests: opened \(count) records, \(String(format: "%.0f", megabytes)) MB, in \(elapsed)")
        #expect(store?.lineCount == count)
        #expect(store?.problems.isEmpty == true)
        #expect(store?.state.annotations.count == count / 10)
        #expect(store?.state.annotations.last?.note?.hasPrefix("note 5") == true)
        #expect(file.count >= 100_000_000)
    }
}
