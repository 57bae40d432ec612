/// Text made safe for roff: backslashes escaped, no line read as a request, hyphens in options kept as hyphens.
enum Roff {
    /// `text` as roff body text: `\` doubled, a leading `.` or `'` guarded, `-` as `\-`.
    static func escape(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var escaped = ""
            for character in line {
                switch character {
                case "\\": escaped += "\\e"
                case "-": escaped += "\\-"
                default: escaped.append(character)
                }
            }
            if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
            if !out.isEmpty { out += "\n" }
            out += escaped
        }
        return out
    }
}
