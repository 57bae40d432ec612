/// Small text clean-ups for values taken from attributes and JSON (libxml2 already decoded the page's entities).
public enum HTMLEntities {
    /// The text with white space collapsed and trimmed, and the few entities JSON-LD
    /// authors leave escaped (`&amp;`, `&quot;`, `&#39;`, `&lt;`, `&gt;`, `&nbsp;`) decoded.
    public static func collapsed(_ text: String) -> String {
        var line = HTMLInlineText()
        line.append(text.contains("&") ? decodeCommon(text) : text)
        return line.take()?.text ?? ""
    }

    /// Decodes the common named and numeric entities.
    public static func decodeCommon(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else { out += "&"; rest = after.dropFirst(); continue }
            let name = after[after.index(after: amp)..<semicolon]
            if let replacement = decodeEntity(name) {
                out += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after.dropFirst()
            }
        }
        return out + rest
    }

    /// One entity's text, by name or number.
    static func decodeEntity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String($0) }
        }
    }
}
