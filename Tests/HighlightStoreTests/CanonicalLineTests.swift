import Testing
@testable import HighlightStore

/// ``CanonicalLine`` (the reader for lines as ``JSONLine`` writes them) against the
/// general reader: whenever it accepts a line, the outcome is the same; it accepts
/// what the store writes and leaves anything unusual to the general reader.
@Suite struct CanonicalLineTests {
    typealias Random = HostileStoreTests.SplitMix
    static let seed: UInt64 = 0x4641_5354  // "FAST"

    /// Whether the fast reader takes `line` (after an optional BOM and whitespace, as ``RecordDecoding`` does).
    static func accepts(_ line: [UInt8]) -> Bool {
        line.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { cursor.index = 3 }
            cursor.skipWhitespace()
            var record = StoreRecord.empty
            return CanonicalLine.read(&cursor, into: &record)
        }
    }

    /// Checks both readers agree on `line`; returns whether the fast one took it.
    @discardableResult
    static func expectSame(_ line: [UInt8], _ note: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let fast = RecordDecoding.decode(line[...])
        let general = RecordDecoding.decode(line[...], canonicalFirst: false)
        #expect(fast == general, "\(note()): \(String(decoding: line, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
        return accepts(line)
    }

    @Test func writtenRecordsTakeTheFastPath() {
        var random = Random(state: Self.seed)
        let ids = ["a", "\u{FEFF}d", RecordID.random(), RecordID.random(), "\"q\\"]
        var accepted = 0
        for index in 0..<3000 {
            let record = HostileStoreTests.record(&random, ids: ids)
            let line = JSONLine.encode(record)
            let taken = Self.expectSame(line, "record \(index)")
            #expect(RecordDecoding.decode(line[...]) == .record(record))
            // Every line the store writes is in the layout, unless a number has 19 digits.
            let long = [record.anchor?.section, record.anchor?.start, record.anchor?.end].contains { ($0 ?? 0).magnitude >= 1_000_000_000_000_000_000 }
            #expect(taken || long, "record \(index) not taken: \(String(decoding: line, as: UTF8.self).debugDescription)")
            if taken { accepted += 1 }
        }
        #expect(accepted > 1000)
    }

    /// The parser reads every line into one record in place: nothing of a line may stay for the next.
    @Test func aReusedRecordKeepsNothingFromTheLineBefore() {
        var random = Random(state: Self.seed &+ 3)
        let ids = ["a", RecordID.random(), RecordID.random()]
        var scratch = StoreRecord.empty
        var taken = 0
        for index in 0..<3000 {
            var line = JSONLine.encode(HostileStoreTests.record(&random, ids: ids))
            // Now and then a line that is not in the layout or not a record, in between.
            if index % 7 == 0 { line = JSONLineGenerator.mutate(line, &random) }
            let read = line.withUnsafeBufferPointer { buffer in
                var cursor = JSONCursor(buffer)
                cursor.table = StringTable()
                return buffer.first == UInt8(ascii: "{") && CanonicalLine.read(&cursor, into: &scratch)
            }
            guard read else { continue }
            taken += 1
            #expect(.record(scratch) == RecordDecoding.decode(line[...], canonicalFirst: false), "line \(index)")
        }
        #expect(taken > 2000)
    }

    @Test func editedWrittenRecordsDecodeTheSame() {
        var random = Random(state: Self.seed &+ 1)
        let ids = ["a", RecordID.random()]
        var accepted = 0
        for index in 0..<6000 {
            let line = JSONLineGenerator.mutate(JSONLine.encode(HostileStoreTests.record(&random, ids: ids)), &random)
            if Self.expectSame(line, "edit \(index)") { accepted += 1 }
        }
        // Many edits fall inside strings or numbers and keep the layout: the fast path is exercised on them.
        #expect(accepted > 500, "\(accepted)")
    }

    @Test func generatedAndHostileLinesDecodeTheSame() {
        var random = Random(state: Self.seed &+ 2)
        for index in 0..<3000 {
            let line = JSONLineGenerator.line(&random)
            Self.expectSame(line, "line \(index)")
            Self.expectSame(JSONLineGenerator.mutate(line, &random), "edited line \(index)")
        }
        for (name, line) in DecoderDifferentialTests.hostile.sorted(by: { $0.key < $1.key }) {
            Self.expectSame(line, name)
            for edit in 0..<20 { Self.expectSame(JSONLineGenerator.mutate(line, &random), "\(name), edit \(edit)") }
        }
    }

    @Test func unusualLinesAreLeftToTheGeneralReader() {
        let delete = "{\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"created\":\"t\",\"target\":\"h\"}"
        #expect(Self.accepts(Array(delete.utf8)))
        let position = "{\"v\":1,\"id\":\"p\",\"kind\":\"position\",\"created\":\"t\",\"updated\":\"t\","
            + "\"article\":{\"path\":\"a\",\"title\":null,\"fingerprint\":\"f\"},"
            + "\"anchor\":{\"section\":-0,\"heading\":null,\"exact\":\"x\",\"prefix\":\"\",\"suffix\":\"\",\"start\":0,\"end\":1}}"
        #expect(Self.accepts(Array(position.utf8)))
        Self.expectSame(Array(position.utf8), "minus zero")
        let withoutAnchor = String(position[..<position.range(of: ",\"anchor\"")!.lowerBound]) + "}"
        let unusual: [String] = [
            delete.replacingOccurrences(of: "\"v\":1", with: "\"v\": 1"),
            delete.replacingOccurrences(of: "\"v\":1", with: "\"v\":2"),
            delete.replacingOccurrences(of: "\"v\":1", with: "\"v\":1.0"),
            delete.replacingOccurrences(of: "delete", with: "sticker"),
            delete.replacingOccurrences(of: "delete", with: "d\\u0065lete"),
            delete.replacingOccurrences(of: "\"target\"", with: "\"x\":1,\"target\""),
            delete + " ",
            delete.replacingOccurrences(of: ",\"target\":\"h\"", with: ",\"target\":\"h\",\"target\":\"i\""),
            position.replacingOccurrences(of: "\"start\":0", with: "\"start\":00"),
            position.replacingOccurrences(of: "\"start\":0", with: "\"start\":0.0"),
            position.replacingOccurrences(of: "\"start\":0", with: "\"start\":1e2"),
            position.replacingOccurrences(of: "\"start\":0", with: "\"start\":9223372036854775807"),
            position.replacingOccurrences(of: "\"start\":0", with: "\"start\":-"),
            position.replacingOccurrences(of: "\"title\":null", with: "\"title\":7"),
            position.replacingOccurrences(of: "\"title\":null", with: "\"title\":nul"),
            position.replacingOccurrences(of: "\"end\":1}", with: "\"end\":1,\"color\":\"red\"}"),
            // In the layout but not records: the general reader says why.
            delete.replacingOccurrences(of: "\"id\":\"d\"", with: "\"id\":\"\""),
            delete.replacingOccurrences(of: ",\"target\":\"h\"", with: ""),
            position.replacingOccurrences(of: "\"kind\":\"position\"", with: "\"kind\":\"note\""),
            withoutAnchor,
        ]
        for line in unusual {
            #expect(!Self.accepts(Array(line.utf8)), "\(line)")
            Self.expectSame(Array(line.utf8), line)
        }
    }

    @Test func anUpdatedTimeLikeCreatedIsStillRead() {
        let base = "{\"v\":1,\"id\":\"n\",\"kind\":\"note\",\"created\":\"2026-11-29T04:13:00Z\",\"updated\":"
        for updated in ["\"2026-11-29T04:13:00Z\"", "\"2026-11-29T04:13:00\"", "\"2026-11-29T04:13:00Zz\"", "\"2026-11-29T04:13:0\\u0030Z\"",
                        "\"2026-11-29T04:13:00Z", "null"] {
            let line = Array((base + updated + ",\"target\":\"h\",\"note\":null}").utf8)
            Self.expectSame(line, updated)
        }
    }
}
