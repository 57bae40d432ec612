import ArticleKit
import Foundation
import Testing
@testable import HighlightStore

/// Hostile store files: regressions found by `make fuzz` (Fuzz/store) and a
/// seeded randomized check of the journal reader and the rewrite.
@Suite struct HostileStoreTests {
    // MARK: Regressions

    /// Foundation's JSONSerialization on Linux drops a raw U+FEFF at the start
    /// of a JSON string. A quote, context or note starting with one (a stray
    /// byte order mark in an article) lost it on reload, so the offsets no
    /// longer matched the quote.
    @Test func aQuoteStartingWithAByteOrderMarkRoundTrips() throws {
        let bodies = SectionBodies(bodies: ["Intro.\n\u{FEFF}Second paragraph \u{FEFF}here."])
        let anchor = QuoteAnchor(SectionRange(section: 0, start: 7, end: 14), in: bodies)!
        #expect(anchor.exact.unicodeScalars.first == "\u{FEFF}")
        let record = StoreRecord.highlight(anchor, in: Samples.article, note: "\u{FEFF}note", at: "2025-03-01T09:30:00Z")
        let line = JSONLine.encode(record)
        #expect(!line.contains(0xEF))
        #expect(RecordDecoding.decode(line[...]) == .record(record))
        #expect(AnchorResolver.resolve(anchor, in: bodies).method == .offsets)
    }

    /// Lines written before the fix hold the U+FEFF raw; it is read back too.
    @Test func aRawByteOrderMarkInAnOldLineIsKept() throws {
        let line = Array("{\"v\":1,\"id\":\"n1\",\"kind\":\"note\",\"created\":\"\",\"target\":\"h1\",\"note\":\"\u{FEFF}x\u{FEFF}\"}".utf8)
        guard case .record(let record) = RecordDecoding.decode(line[...]) else {
            Issue.record("not a record")
            return
        }
        #expect(record.note == "\u{FEFF}x\u{FEFF}")
        // An escape cut by the mark stays invalid, as it was.
        let broken = Array("{\"v\":1,\"id\":\"n1\",\"kind\":\"note\",\"target\":\"h1\",\"note\":\"\\\u{FEFF}\"}".utf8)
        #expect(RecordDecoding.decode(broken[...]) == .bad("not valid JSON"))
        // A byte order mark before the object is ignored (RFC 8259 allows it; JSONSerialization did so too).
        let leading = [0xEF, 0xBB, 0xBF] + Array("{\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h1\"}".utf8)
        #expect(RecordDecoding.decode(leading[...]) == .record(.delete("h1", at: "").withID("d")))
    }

    /// A section or offset near Int.max / Int.min in a store line (hand-edited
    /// or corrupt) made `AnchorResolver` overflow while ranking candidates, and
    /// the report label overflow on `index + 1`: `folio highlights` trapped.
    @Test func hugeSectionsAndOffsetsDoNotTrap() throws {
        let extremes = [Int.max, Int.min, Int.max - 1, Int.min + 1, -1, 999_999_999_999_999]
        for section in extremes {
            for start in extremes {
                // "the" occurs more than once, so candidates are ranked by distance.
                let anchor = QuoteAnchor(section: section, heading: nil, exact: "the", prefix: "", suffix: "", start: start, end: start)
                let resolved = AnchorResolver.resolve(anchor, in: Samples.bodies)
                #expect(resolved.method == .article)
                let record = StoreRecord(id: "h\(section)\(start)", kind: .highlight, created: "", article: Samples.article, anchor: anchor)
                #expect(RecordDecoding.decode(JSONLine.encode(record)[...]) == .record(record))
                let state = StoreState(records: [(record, 1)])
                for loaded in [nil, LoadedArticle(path: "x", document: PlainTextReader.read(text: "The the the."), text: "The the the.")] {
                    let groups = HighlightGroup.all(in: state) { _ in loaded }
                    for format in HighlightFormat.allCases { _ = format.render(groups) }
                }
            }
        }
        #expect(HighlightGroup.label(Int.max, heading: nil, count: nil) == "Section 9223372036854775808")
        #expect(HighlightGroup.label(4, heading: nil, count: nil) == "Section 5")
        let line = Array(("{\"v\":1,\"id\":\"h\",\"kind\":\"highlight\",\"created\":\"\",\"article\":{\"path\":\"p\",\"fingerprint\":\"f\"},"
            + "\"anchor\":{\"section\":-9223372036854775808,\"exact\":\"the\",\"start\":9223372036854775807,\"end\":0}}").utf8)
        guard case .record(let record) = RecordDecoding.decode(line[...]), let anchor = record.anchor else {
            Issue.record("not a record")
            return
        }
        #expect(anchor.section == Int.min && anchor.start == Int.max)
        #expect(!AnchorResolver.resolve(anchor, in: Samples.bodies).isOrphaned)
    }

    // MARK: Randomized journals

    /// The seeded generator of the randomized tests (SplitMix64).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let hostileStrings: [String] = [
        "", "plain", "\u{FEFF}", "\u{FEFF}bom", "a\u{FEFF}", "\u{1B}[2J", "\u{1B}]52;c;aGk=\u{7}", "\u{0}", "\u{7F}",
        "\u{85}", "\u{9B}31m", "\u{202E}rtl", "\u{2066}x\u{2069}", "\u{2028}\u{2029}", "line\nbreak", "cr\r\nlf", "tab\t",
        "\"quoted\\\"", "\\u0041", "漢字", "👍🏽", "e\u{301}", "\u{FFFD}", "\u{10FFFF}", "/slash/", "{\"json\":1}",
    ]
    static let hostileInts = [0, 1, 2, 7, -1, Int.max, Int.min, 1 << 53, -(1 << 53), 999_999_999_999_999]

    static func string(_ random: inout SplitMix) -> String {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in hostileStrings.randomElement(using: &random)! }.joined()
    }

    static func record(_ random: inout SplitMix, ids: [String]) -> StoreRecord {
        let anchor = QuoteAnchor(
            section: hostileInts.randomElement(using: &random)!, heading: Bool.random(using: &random) ? nil : string(&random),
            exact: string(&random), prefix: string(&random), suffix: string(&random),
            start: hostileInts.randomElement(using: &random)!, end: hostileInts.randomElement(using: &random)!
        )
        let article = ArticleIdentity(path: string(&random), title: Bool.random(using: &random) ? nil : string(&random), fingerprint: string(&random))
        let id = ids.randomElement(using: &random)!
        let note: String? = Bool.random(using: &random) ? nil : string(&random)
        let time = string(&random)
        var record: StoreRecord = switch Int.random(in: 0..<6, using: &random) {
        case 0: .highlight(anchor, in: article, note: note, at: time)
        case 1: .bookmark(anchor, in: article, note: note, at: time)
        case 2: .position(anchor, in: article, at: time)
        case 3: .note(note, for: ids.randomElement(using: &random)!, at: time)
        case 4: .delete(ids.randomElement(using: &random)!, at: time)
        default: .undelete(ids.randomElement(using: &random)!, at: time)
        }
        record.id = id.isEmpty ? "x" : id
        return record
    }

    static let garbage: [[UInt8]] = [
        Array("not json {".utf8), [0xC3, 0x28, 0xFF], [0x00, 0x00], Array("[1,2]".utf8), Array("{\"v\":7,\"kind\":\"highlight\"}".utf8),
        Array("{\"v\":1,\"id\":\"s\",\"kind\":\"sticker\",\"x\":[{}]}".utf8), Array("{\"v\":\"1\",\"kind\":\"note\"}".utf8),
        Array("{\"v\":1,\"kind\":\"highlight\",\"id\":\"z\",\"article\":{},\"anchor\":{}}".utf8), Array("{\"v\":1e400}".utf8),
        Array("\u{1B}]0;title\u{7}".utf8), [0xEF, 0xBB, 0xBF], Array("{\"v\":1,\"id\":\"d\",\"kind\":\"delete\"}\r".utf8),
    ]

    /// A random journal: encoded records, garbage, blank lines, CR, and maybe a torn tail.
    static func journal(_ random: inout SplitMix) -> [UInt8] {
        let ids = ["a", "b", "c", "\u{FEFF}d", "e\u{0}"]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...5: bytes += JSONLine.encode(record(&random, ids: ids))
            case 6, 7: bytes += garbage.randomElement(using: &random)!
            case 8: bytes += [[], [0x20], [0x09, 0x0D], [0x0D]].randomElement(using: &random)!
            default:
                var line = JSONLine.encode(record(&random, ids: ids))
                line = Array(line.prefix(Int.random(in: 0...line.count, using: &random)))  // torn in the middle
                bytes += line
            }
            bytes.append(0x0A)
        }
        if Bool.random(using: &random) { bytes += Array(JSONLine.encode(record(&random, ids: ids)).prefix(20)) }  // torn tail
        return bytes
    }

    static let baseSeed: UInt64 = 0x5354_4F52_4500  // "STORE"

    @Test func randomJournalsAreReadLineByLineAndRecordsRoundTrip() {
        for index in 0..<300 {
            let seed = Self.baseSeed &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = Self.journal(&random)
            let parsed = JournalParser.parse(bytes)
            // Every non-blank line is classified, numbered and kept byte for byte.
            let raw = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let expected = raw.enumerated().filter { !$0.element.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }
            #expect(parsed.lines.map(\.number) == expected.map { $0.offset + 1 }, "seed \(seed)")
            #expect(parsed.lines.map { Array(bytes[$0.span]) } == expected.map { Array($0.element) }, "seed \(seed)")
            // Only lines that are not records keep a copy of their bytes.
            #expect(parsed.lines.allSatisfy { $0.record == nil ? $0.keptBytes[...] == bytes[$0.span] : $0.keptBytes.isEmpty }, "seed \(seed)")
            #expect(parsed.lines.dropLast().allSatisfy { $0.content != .torn }, "seed \(seed)")
            #expect((parsed.lines.last?.content == .torn) == (bytes.last.map { $0 != 0x0A } ?? false), "seed \(seed)")
            for line in parsed.lines {
                if let record = line.record {
                    var back = record
                    if record.kind == .position || record.kind == .delete || record.kind == .undelete { back.note = nil }
                    #expect(RecordDecoding.decode(JSONLine.encode(record)[...]) == .record(back), "seed \(seed) line \(line.number)")
                }
            }
            // The fold and the reports never trap on what was read.
            let state = StoreState(records: parsed.lines.compactMap { line in line.record.map { ($0, line.number) } })
            for annotation in state.annotations { _ = AnchorResolver.resolve(annotation.anchor, in: Samples.bodies) }
            let groups = HighlightGroup.all(in: state) { _ in nil }
            for format in HighlightFormat.allCases { _ = format.render(groups) }
        }
    }

    @Test func compactionOfRandomJournalsKeepsUnknownLinesByteForByte() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        for index in 0..<25 {
            let seed = Self.baseSeed &+ 10_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let journal = Self.journal(&random)
            let path = try folder.write("h\(index).jsonl", journal)
            var store = try AnnotationStore.load(path: path)
            let before = JournalParser.parse(bytes(of: path)).lines
            #expect(store.keptLines == before.filter { $0.record == nil }, "seed \(seed)")
            #expect(store.lineCount == before.count, "seed \(seed)")
            let stateBefore = store.state.annotations
            let dropped = try store.compact()
            let after = JournalParser.parse(bytes(of: path)).lines
            #expect(before.filter { $0.record == nil }.map(\.keptBytes) == after.filter { $0.record == nil }.map(\.keptBytes), "seed \(seed)")
            #expect(before.filter { $0.record == nil }.map(\.content) == after.filter { $0.record == nil }.map(\.content), "seed \(seed)")
            #expect(before.count - dropped == after.count, "seed \(seed)")
            #expect(store.state.annotations.map(\.id) == stateBefore.map(\.id), "seed \(seed)")
            // Kept records are kept byte for byte too, in order.
            let file = bytes(of: path)
            let keptBytes = after.map { Array(file[$0.span]) }
            var cursor = before.makeIterator()
            var matched = 0
            while let line = cursor.next(), matched < keptBytes.count {
                if Array(journal[line.span]) == keptBytes[matched] { matched += 1 }
            }
            #expect(matched == keptBytes.count, "seed \(seed)")
            #expect(try store.compact() == 0, "seed \(seed)")
        }
    }
}
