/// Text made safe inside XML or HTML: as element text, or inside a double-quoted attribute.
public enum XMLEscape {
    /// `text` with `&`, `<` and `>` escaped; with `attribute`, also `"` and tabs, and control
    /// characters (which XML 1.0 cannot hold) dropped.
    public static func escaped(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            default:
                if attribute, scalar.value < 0x20 || scalar.value == 0x7f || scalar.value == 0xfffe || scalar.value == 0xffff { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
