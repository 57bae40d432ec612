@testable import HighlightStore

/// Random store lines for the differential tests: records with known and
/// unknown fields, repeated keys, escapes, odd numbers and whitespace.
enum JSONLineGenerator {
    typealias Random = HostileStoreTests.SplitMix

    static let kinds = ["highlight", "bookmark", "position", "note", "delete", "undelete", "sticker", ""]
    /// Numbers, valid and not (`01`, `1.`), none beyond `Double`'s range (see the intended differences). Bools are left to ``value(_:depth:integerKey:)``.
    static let numbers = [
        "0", "-0", "1", "2", "5", "5.0", "5.5", "1e2", "1E+2", "2e-1", "-12", "0.0", "-0.0", "1e15", "1e18",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890",
        "1e-400", "1.7976931348623157e308", "01", "1.", ".5", "-", "1e", "+1", "0e5", "NaN",
    ]
    static let strings = [
        "", "a", "\u{FEFF}", "\u{FEFF}x\u{FEFF}", "é", "漢字", "😀", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\"", "\\", "/",
        "\u{10FFFF}", "\u{FFFF}", "e\u{301}", "line\nbreak", "tab\t",
    ]
    static let unknownKeys = ["color", "tags", "x", "", "\u{FEFF}", "v2", "Kind", "ids"]

    /// A JSON string literal for `text`, each scalar written raw or escaped at random.
    static func literal(_ text: String, _ random: inout Random) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let mustEscape = scalar.value < 0x20 || scalar == "\"" || scalar == "\\"
            switch Int.random(in: 0..<(mustEscape ? 2 : 4), using: &random) {
            case 0: out += escape(scalar, upper: Bool.random(using: &random))
            case 1 where scalar == "\"" || scalar == "\\" || scalar == "/": out += "\\" + String(scalar)
            case 1 where scalar == "\n": out += "\\n"
            case 1: out += escape(scalar, upper: false)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `\uXXXX` for `scalar`, a surrogate pair above U+FFFF.
    static func escape(_ scalar: Unicode.Scalar, upper: Bool) -> String {
        func hex(_ unit: UInt32) -> String {
            let digits = String(unit, radix: 16, uppercase: upper)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        guard scalar.value > 0xFFFF else { return hex(scalar.value) }
        let value = scalar.value - 0x10000
        return hex(0xD800 + (value >> 10)) + hex(0xDC00 + (value & 0x3FF))
    }

    static func whitespace(_ random: inout Random) -> String {
        Int.random(in: 0..<5, using: &random) == 0 ? [" ", "\t", "\r", "  ", " \r\t"].randomElement(using: &random)! : ""
    }

    static func string(_ random: inout Random) -> String {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in strings.randomElement(using: &random)! }.joined()
    }

    /// Any JSON value (sometimes an invalid number). No bools for integer keys: JSONSerialization
    /// reads `true` as 1 there, a difference the tests check on its own.
    static func value(_ random: inout Random, depth: Int = 0, integerKey: Bool = false) -> String {
        switch Int.random(in: 0..<(depth > 3 ? 6 : 8), using: &random) {
        case 0, 1: return literal(string(&random), &random)
        case 2, 3: return numbers.randomElement(using: &random)!
        case 4: return integerKey ? "null" : ["true", "false"].randomElement(using: &random)!
        case 5: return "null"
        case 6:
            let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in value(&random, depth: depth + 1) }
            return "[" + items.map { whitespace(&random) + $0 + whitespace(&random) }.joined(separator: ",") + "]"
        default:
            let members = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                literal(unknownKeys.randomElement(using: &random)!, &random) + ":" + value(&random, depth: depth + 1)
            }
            return "{" + members.joined(separator: ",") + "}"
        }
    }

    /// An object of `members`, shuffled, some dropped, some repeated with another value.
    static func object(_ members: [(String, String)], _ random: inout Random, integerKeys: Set<String>) -> String {
        var chosen = members.filter { _ in Int.random(in: 0..<12, using: &random) != 0 }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let key = Bool.random(using: &random) ? (members.randomElement(using: &random)?.0 ?? "x") : unknownKeys.randomElement(using: &random)!
            chosen.append((key, value(&random, integerKey: integerKeys.contains(key))))
        }
        if Int.random(in: 0..<3, using: &random) == 0 { chosen.shuffle(using: &random) }
        let parts = chosen.map { key, value in
            whitespace(&random) + literal(key, &random) + whitespace(&random) + ":" + whitespace(&random) + value + whitespace(&random)
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// A line that is mostly a record of some kind.
    static func line(_ random: inout Random) -> [UInt8] {
        let time = literal("2026-11-29T04:13:00Z", &random)
        let int = { (random: inout Random) -> String in
            Int.random(in: 0..<4, using: &random) == 0 ? numbers.randomElement(using: &random)! : String(Int.random(in: -5...5000, using: &random))
        }
        let article = object([
            ("path", literal(string(&random), &random)),
            ("title", Bool.random(using: &random) ? "null" : literal(string(&random), &random)),
            ("fingerprint", literal(string(&random), &random)),
        ], &random, integerKeys: [])
        let anchor = object([
            ("section", int(&random)), ("heading", Bool.random(using: &random) ? "null" : literal(string(&random), &random)),
            ("exact", literal(string(&random), &random)), ("prefix", literal(string(&random), &random)),
            ("suffix", literal(string(&random), &random)), ("start", int(&random)), ("end", int(&random)),
        ], &random, integerKeys: ["section", "start", "end"])
        let version = Int.random(in: 0..<6, using: &random) == 0 ? ["2", "\"1\"", "1.0", "1e0", "0"].randomElement(using: &random)! : "1"
        let text = whitespace(&random) + object([
            ("v", version), ("id", literal(Bool.random(using: &random) ? "a" : string(&random), &random)),
            ("kind", literal(kinds.randomElement(using: &random)!, &random)), ("created", time), ("updated", time),
            ("article", article), ("anchor", anchor), ("note", Bool.random(using: &random) ? "null" : literal(string(&random), &random)),
            ("target", literal("a", &random)),
        ], &random, integerKeys: ["v", "section", "start", "end"]) + whitespace(&random)
        return Array(text.utf8)
    }

    static let mutationBytes: [UInt8] = Array("\"\\{}[],:0e-. utn".utf8) + [0x00, 0x0A, 0x7F, 0xFF, 0xC3, 0xED, 0xEF, 0xBB, 0xBF, 0x80]

    /// `line` with a few random byte edits: replace, insert, delete, repeat a run.
    static func mutate(_ line: [UInt8], _ random: inout Random) -> [UInt8] {
        var bytes = line
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where at < bytes.count: bytes[at] = mutationBytes.randomElement(using: &random)!
            case 1: bytes.insert(mutationBytes.randomElement(using: &random)!, at: at)
            case 2 where at < bytes.count: bytes.remove(at: at)
            default:
                let end = min(bytes.count, at + Int.random(in: 1...8, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            }
        }
        return bytes
    }
}
