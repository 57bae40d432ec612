import Foundation
import Testing
@testable import HighlightStore

/// ``RecordDecoding`` (our own JSON reader) against the reader it replaced
/// (``FoundationRecordDecoding``, on JSONSerialization): the same outcome for
/// generated lines, hand-written hostile lines and random byte edits of both,
/// whichever side accepts or rejects; the few intended differences are
/// checked on their own.
@Suite struct DecoderDifferentialTests {
    typealias Random = HostileStoreTests.SplitMix
    static let seed: UInt64 = 0x4A53_4F4E_0000  // "JSON"

    static func expectSame(_ line: [UInt8], _ note: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ours = RecordDecoding.decode(line[...])
        let reference = FoundationRecordDecoding.decode(line[...])
        #expect(ours == reference, "\(note()): \(String(decoding: line, as: UTF8.self).debugDescription) \(line.count) bytes",
                sourceLocation: sourceLocation)
    }

    /// Whether `line` has a comma just before `}` or `]` (outside strings or not):
    /// JSONSerialization accepts such trailing commas, RFC 8259 and we do not.
    static func mayHaveTrailingComma(_ line: [UInt8]) -> Bool {
        let compact = line.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return zip(compact, compact.dropFirst()).contains { $0 == UInt8(ascii: ",") && ($1 == UInt8(ascii: "}") || $1 == UInt8(ascii: "]")) }
    }

    /// Whether `line` has a number beyond `Double`'s range (`1e400`): JSONSerialization
    /// rejects the line (unless a repeated key replaces the number), we read it.
    static func mayHaveHugeNumber(_ line: [UInt8]) -> Bool {
        let numberBytes = Set("0123456789.eE+-".utf8)
        return line.split { !numberBytes.contains($0) }.contains { token in
            Double(String(decoding: token, as: UTF8.self)).map { !$0.isFinite } ?? false
        }
    }

    @Test func generatedLinesDecodeTheSame() {
        var random = Random(state: Self.seed)
        var outcomes: [String: Int] = [:]
        for index in 0..<3000 {
            let line = JSONLineGenerator.line(&random)
            Self.expectSame(line, "line \(index)")
            let name = switch RecordDecoding.decode(line[...]) {
            case .record: "record"
            case .foreign: "foreign"
            case .bad(let reason): reason
            }
            outcomes[name, default: 0] += 1
        }
        // The generator reaches every outcome, often.
        #expect(outcomes["record", default: 0] > 100, "\(outcomes)")
        #expect(outcomes["foreign", default: 0] > 100, "\(outcomes)")
        #expect(outcomes["not valid JSON", default: 0] > 100, "\(outcomes)")
    }

    @Test func encodedRecordsDecodeTheSameWithEscapedOrRawByteOrderMarks() {
        var random = Random(state: Self.seed &+ 1)
        let ids = ["a", "b", "\u{FEFF}d", "e\u{0}"]
        for index in 0..<1000 {
            let record = HostileStoreTests.record(&random, ids: ids)
            let line = JSONLine.encode(record)
            Self.expectSame(line, "record \(index)")
            // Lines written before JSONLine escaped U+FEFF hold it raw.
            let raw = Array(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\\ufeff", with: "\u{FEFF}").utf8)
            Self.expectSame(raw, "raw record \(index)")
        }
    }

    @Test func editedLinesDecodeTheSame() {
        var random = Random(state: Self.seed &+ 2)
        var differed = 0
        for index in 0..<6000 {
            let line = JSONLineGenerator.mutate(JSONLineGenerator.line(&random), &random)
            if Self.mayHaveTrailingComma(line) || Self.mayHaveHugeNumber(line) {
                if case .record = FoundationRecordDecoding.decode(line[...]) { differed += 1 }
                continue
            }
            Self.expectSame(line, "edit \(index)")
        }
        #expect(differed < 60)
    }

    static let hostile: [String: [UInt8]] = {
        func s(_ text: String) -> [UInt8] { Array(text.utf8) }
        let note = "{\"v\":1,\"id\":\"n\",\"kind\":\"note\",\"target\":\"t\",\"note\":"
        var lines: [String: [UInt8]] = [
            "empty": [], "spaces": s("   "), "array": s("[1,2]"), "bad array": s("[1,2"), "number": s("1"), "string": s("\"x\""),
            "null": s("null"), "two objects": s("{}{}"), "trailing junk": s("{} x"), "empty object": s("{}"),
            "bad escape": s(note + "\"\\x\"}"), "short unicode escape": s(note + "\"\\u12\"}"), "escaped NUL": s(note + "\"\\u0000\"}"),
            "raw NUL": s(note + "\"\u{0}\"}"), "raw tab": s(note + "\"\t\"}"), "raw DEL": s(note + "\"\u{7F}\"}"),
            "all escapes": s(note + "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\"}"),
            "surrogate pair": s(note + "\"\\ud83d\\ude00\"}"), "upper surrogate pair": s(note + "\"\\uD83D\\uDE00\"}"),
            "lone high surrogate": s(note + "\"\\ud83d\"}"), "lone low surrogate": s(note + "\"\\ude00\"}"),
            "high then letter": s(note + "\"\\ud83dx\"}"), "two highs": s(note + "\"\\ud83d\\ud83d\"}"),
            "high then non-surrogate": s(note + "\"\\ud83d\\u0041\"}"), "high at end": s(note + "\"\\ud83d"),
            "noncharacters": s(note + "\"\\uffff\\ufffe\"}"),
            "invalid UTF-8": s(note + "\"") + [0xC3, 0x28] + s("\"}"), "stray FF": s(note + "\"") + [0xFF] + s("\"}"),
            "overlong": s(note + "\"") + [0xC0, 0x80] + s("\"}"), "encoded surrogate": s(note + "\"") + [0xED, 0xA0, 0x80] + s("\"}"),
            "above U+10FFFF": s(note + "\"") + [0xF4, 0x90, 0x80, 0x80] + s("\"}"), "U+10FFFF": s(note + "\"") + [0xF4, 0x8F, 0xBF, 0xBF] + s("\"}"),
            "cut UTF-8": s(note + "\"") + [0xE6, 0xBC] + s("\"}"), "invalid UTF-8 key": s("{\"") + [0xFF] + s("\":1}"),
            "leading BOM": [0xEF, 0xBB, 0xBF] + s("{\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\"}"),
            "BOM then space": [0xEF, 0xBB, 0xBF] + s(" {}"), "space then BOM": s(" ") + [0xEF, 0xBB, 0xBF] + s("{}"),
            "BOM alone": [0xEF, 0xBB, 0xBF], "raw BOMs in a note": s(note + "\"\u{FEFF}x\u{FEFF}\"}"),
            "escape cut by a BOM": s(note + "\"\\\u{FEFF}\"}"), "NUL after": s("{}") + [0], "CR after": s("{}\r"),
            "form feed before": s("\u{0C}{}"), "NBSP before": s("\u{A0}{}"),
            "duplicate v": s("{\"v\":2,\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\"}"),
            "duplicate note, last not a string": s(note + "\"a\",\"note\":5}"),
            "duplicate article": s("{\"v\":1,\"id\":\"h\",\"kind\":\"position\",\"article\":{\"path\":\"p\",\"fingerprint\":\"f\"},\"article\":7,"
                + "\"anchor\":{\"section\":0,\"exact\":\"\",\"start\":0,\"end\":0}}"),
            "escaped keys": s("{\"\\u0076\":1,\"i\\u0064\":\"d\",\"kind\":\"delete\",\"targe\\u0074\":\"h\"}"),
            "leading comma": s("{,\"v\":1}"), "double comma": s("{\"v\":1,,\"id\":\"x\"}"), "missing colon": s("{\"v\" 1}"),
            "number key": s("{1:1}"), "single quotes": s("{'v':1}"), "True": s("{\"v\":True}"), "NaN": s("{\"v\":NaN}"),
        ]
        let numbers = ["0", "-0", "-0.0", "5.0", "5.5", "1e2", "1E+2", "0e5", "1e15", "1e18", "9223372036854775807",
                       "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890", "1e400", "1e309", "-1e309",
                       "1e-400", "1.7976931348623157e308", "1.7976931348623159e308", "1" + String(repeating: "0", count: 400),
                       "1" + String(repeating: "0", count: 400) + ".0", "0." + String(repeating: "0", count: 400) + "1",
                       "01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "0.e5", "00"]
        for number in numbers {
            lines["start \(number)"] = s("{\"v\":1,\"id\":\"h\",\"kind\":\"position\",\"article\":{\"path\":\"p\",\"fingerprint\":\"f\"},"
                + "\"anchor\":{\"section\":0,\"exact\":\"\",\"start\":\(number),\"end\":0}}")
            lines["unknown \(number)"] = s(note + "\"\",\"x\":[\(number)]}")
        }
        for depth in [2, 63, 64, 65, 511, 512, 513, 100_000] {
            lines["depth \(depth)"] = s(note + "\"\",\"x\":" + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + "}")
            lines["object depth \(depth)"] = s(String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1))
            lines["unclosed depth \(depth)"] = s(String(repeating: "[", count: depth))
        }
        return lines
    }()

    @Test func hostileLinesDecodeTheSame() {
        for (name, line) in Self.hostile.sorted(by: { $0.key < $1.key }) {
            if !Self.mayHaveHugeNumber(line) { Self.expectSame(line, name) }
            var random = Random(state: Self.seed &+ UInt64(line.count))
            for edit in 0..<20 {
                let edited = JSONLineGenerator.mutate(line, &random)
                if !Self.mayHaveTrailingComma(edited) && !Self.mayHaveHugeNumber(edited) { Self.expectSame(edited, "\(name), edit \(edit)") }
            }
        }
    }

    /// Where we differ from JSONSerialization on purpose.
    @Test func intendedDifferences() {
        func decode(_ text: String) -> (ours: RecordDecoding.Outcome, reference: RecordDecoding.Outcome) {
            (RecordDecoding.decode(Array(text.utf8)[...]), FoundationRecordDecoding.decode(Array(text.utf8)[...]))
        }
        let delete = "{\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\""
        // Trailing commas are not JSON.
        for text in [delete + ",}", delete + ",\"x\":[1,]}"] {
            #expect(decode(text).ours == .bad("not valid JSON"))
            #expect(decode(text).reference != .bad("not valid JSON"))
        }
        // true is not the number 1 (JSONSerialization's NSNumber bridges it to 1).
        let boolean = decode("{\"v\":true,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\"}")
        #expect(boolean.ours == .bad("no format version \"v\""))
        #expect(boolean.reference == .record(.delete("h", at: "").withID("d")))
        // An integer below Int.min is no integer (JSONSerialization made -9223372036854775809 into Int.min + 1).
        let below = decode("{\"v\":-9223372036854775809,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\"}")
        #expect(below.ours == .bad("no format version \"v\""))
        #expect(below.reference == .foreign(kind: "delete", version: -9_223_372_036_854_775_807))
        // A number beyond Double's range is still a number (RFC 8259 grammar), just no integer.
        let huge = decode("{\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\",\"x\":[1e400,-1e309]}")
        #expect(huge.ours == .record(.delete("h", at: "").withID("d")))
        #expect(huge.reference == .bad("not valid JSON"))
        #expect(decode("{\"v\":1e400,\"kind\":\"x\"}").ours == .bad("no format version \"v\""))
        // JSONSerialization keeps such a number when a repeated key replaces it.
        #expect(decode("{\"v\":1e400,\"v\":1,\"id\":\"d\",\"kind\":\"delete\",\"target\":\"h\"}").reference == .record(.delete("h", at: "").withID("d")))
        // A line in UTF-16 is not a store line.
        let utf16: [UInt8] = [0xFF, 0xFE] + "{\"v\":1}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(RecordDecoding.decode(utf16[...]) == .bad("not valid JSON"))
        #expect(FoundationRecordDecoding.decode(utf16[...]) == .bad("no \"kind\""))
    }

    /// A raw U+FEFF at the start of a string is kept (JSONSerialization on Linux dropped it).
    @Test func aRawByteOrderMarkAtTheStartOfAStringIsKept() {
        let line = Array("{\"v\":1,\"id\":\"n\",\"kind\":\"note\",\"target\":\"h\",\"note\":\"\u{FEFF}x\"}".utf8)
        guard case .record(let record) = RecordDecoding.decode(line[...]) else {
            Issue.record("not a record")
            return
        }
        #expect(record.note?.unicodeScalars.first == "\u{FEFF}")
        let dropped = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        #expect((dropped?["note"] as? String)?.unicodeScalars.first != "\u{FEFF}")
    }
}

extension StoreRecord {
    /// The record with another id.
    func withID(_ id: String) -> StoreRecord {
        var copy = self
        copy.id = id
        return copy
    }
}
