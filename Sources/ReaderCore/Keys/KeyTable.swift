/// The keymaps as documentation: what `folio keys` prints, the README shows and the manual lists.
public enum KeyTable {
    /// One view's keys for documentation: its title, config section name and rows.
    public struct Section: Sendable {
        public var title: String
        public var name: String
        public var rows: [(keys: [String], help: String, operation: String)]
    }

    /// Every view that has keys, in order, with each binding's keys, help and operation name.
    public static func sections(_ keymaps: Keymaps) -> [Section] {
        keymaps.views.filter { !$0.bindings.isEmpty }.map { keymap in
            Section(title: keymap.kind.helpTitle, name: keymap.kind.rawValue, rows: keymap.bindings.map { binding in
                (binding.keyLabel.map { [$0] } ?? binding.keys.map(\.label), binding.help, binding.operation.rawValue)
            })
        }
    }

    /// One Markdown table per view: keys, the operation's config name, and its help.
    public static func markdown(_ keymaps: Keymaps) -> String {
        var text = ""
        for section in sections(keymaps) {
            if !text.isEmpty { text += "\n" }
            text += "\(section.title) (`[keys.\(section.name)]`):\n\n"
            text += "| Keys | Operation | What it does |\n| --- | --- | --- |\n"
            for row in section.rows {
                let keys = row.keys.map { "`\(cell($0))`" }.joined(separator: " / ")
                text += "| \(keys) | `\(row.operation)` | \(cell(row.help)) |\n"
            }
        }
        return text
    }

    /// `text` safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
