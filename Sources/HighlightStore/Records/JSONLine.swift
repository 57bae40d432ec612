/// Writes a record as one line of JSON with a fixed, readable key order.
///
/// Strings are escaped so the line never contains a raw newline or control
/// character; everything else is written as UTF-8.
enum JSONLine {
    /// A JSON value limited to what records need.
    indirect enum Value {
        case string(String)
        case int(Int)
        case null
        case object([(String, Value)])
    }

    /// The bytes of `record` as a JSON object, without the trailing newline.
    static func encode(_ record: StoreRecord) -> [UInt8] {
        var fields: [(String, Value)] = [
            ("v", .int(StoreRecord.formatVersion)),
            ("id", .string(record.id)),
            ("kind", .string(record.kind.rawValue)),
            ("created", .string(record.created)),
        ]
        if let updated = record.updated { fields.append(("updated", .string(updated))) }
        if let target = record.target { fields.append(("target", .string(target))) }
        if let article = record.article {
            fields.append(("article", .object([
                ("path", .string(article.path)),
                ("title", article.title.map(Value.string) ?? .null),
                ("fingerprint", .string(article.fingerprint)),
            ])))
        }
        if let anchor = record.anchor {
            fields.append(("anchor", .object([
                ("section", .int(anchor.section)),
                ("heading", anchor.heading.map(Value.string) ?? .null),
                ("exact", .string(anchor.exact)),
                ("prefix", .string(anchor.prefix)),
                ("suffix", .string(anchor.suffix)),
                ("start", .int(anchor.start)),
                ("end", .int(anchor.end)),
            ])))
        }
        if record.kind != .position && record.kind != .delete && record.kind != .undelete && !record.kind.isMark {
            fields.append(("note", record.note.map(Value.string) ?? .null))
        }
        var out: [UInt8] = []
        write(.object(fields), to: &out)
        return out
    }

    private static func write(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .string(let s): writeString(s, to: &out)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ s: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            // U+FEFF is escaped because Foundation's JSONSerialization on Linux
            // drops it raw at the start of a string: a quote would lose it on reload.
            case _ where scalar.value < 0x20 || scalar.value == 0x7f || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar == "\u{FEFF}":
                let v = scalar.value
                out.append(contentsOf: "\\u".utf8)
                for shift in [12, 8, 4, 0] { out.append(hex[Int((v >> UInt32(shift)) & 0xf)]) }
            default:
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
