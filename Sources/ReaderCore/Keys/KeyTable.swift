/// The keymaps written out as Markdown tables: what `folio keys` prints and the README shows.
public enum KeyTable {
    /// One table per view: keys, the operation's config name, and its help.
    public static func markdown(_ keymaps: Keymaps) -> String {
        var text = ""
        for keymap in keymaps.views where !keymap.bindings.isEmpty {
            if !text.isEmpty { text += "\n" }
            text += "\(keymap.kind.helpTitle) (`[keys.\(keymap.kind.rawValue)]`):\n\n"
            text += "| Keys | Operation | What it does |\n| --- | --- | --- |\n"
            for binding in keymap.bindings {
                let keys = binding.keyLabel.map { "`\($0)`" } ?? binding.keys.map { "`\(cell($0.label))`" }.joined(separator: " / ")
                text += "| \(keys) | `\(binding.operation.rawValue)` | \(cell(binding.help)) |\n"
            }
        }
        return text
    }

    /// `text` safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
