/// Writes JSON laid out as Foundation's `JSONSerialization` pretty-prints it.
///
/// Two-space indents, `"key" : value`, members in the order given (callers
/// pass them sorted), an empty array or object as an open and close bracket
/// with an empty line between them. Strings escape `"`, `\`, and controls
/// below U+0020 (`\b \f \n \r \t`, else `\u00xx`); everything else, `/`
/// included, is written as is.
enum PrettyJSON {
    /// A JSON value.
    indirect enum Value {
        case string(String)
        case int(Int)
        case null
        case array([Value])
        /// Members in the order they are written.
        case object([(String, Value)])
    }

    /// The text of `value`, without a final newline.
    static func text(_ value: Value) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: Value, indent: Int, to out: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, to: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, indent: indent, to: &out) { index, out in
                write(items[index], indent: indent + 1, to: &out)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, indent: indent, to: &out) { index, out in
                writeString(members[index].0, to: &out)
                out.append(contentsOf: " : ".utf8)
                write(members[index].1, indent: indent + 1, to: &out)
            }
        }
    }

    private static func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int, to out: inout [UInt8],
        item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: open))
        out.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1)))
            item(index, &out)
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        out.append(UInt8(ascii: close))
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
