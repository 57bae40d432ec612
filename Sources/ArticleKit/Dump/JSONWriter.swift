/// Builds JSON text by hand, so that `nil` is written as `null` and key order is fixed.
struct JSONWriter {
    /// A JSON string literal for `text`, with quotes, backslashes and controls escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // U+FEFF too: Foundation's JSONSerialization on Linux drops a raw
                // U+FEFF at the start of a string value, but keeps it escaped.
                if scalar.value < 0x20 || scalar.value == 0xFEFF {
                    out += "\\u" + DisplaySanitizer.hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A JSON string literal, or `null` for `nil`.
    static func optionalString(_ text: String?) -> String {
        text.map(string) ?? "null"
    }

    /// A JSON array of strings on one line.
    static func stringArray(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ", ") + "]"
    }
}
