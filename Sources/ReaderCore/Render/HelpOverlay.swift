import ArticleKit

/// The help box, generated from the same keymap table that dispatches the keys.
public enum HelpOverlay {
    /// The rows of the help box, keys then description.
    public static func lines() -> [(keys: String, help: String)] {
        let groups: [(String, [KeyBinding])] = [
            ("Reading", Keymap.bindings),
            ("Selecting (after v)", Keymap.selectionBindings),
            ("Lists (H, B)", Keymap.listBindings),
            ("Note editor (a, e)", Keymap.noteBindings),
        ]
        var rows: [(keys: String, help: String)] = []
        for (title, bindings) in groups {
            if !rows.isEmpty { rows.append(("", "")) }
            rows.append((title, ""))
            rows += bindings.map { ($0.label, $0.help) }
        }
        return rows
    }

    /// Draws the box centered on the screen, starting at help row `top`.
    static func draw(top: Int, into screen: inout Screen) {
        let rows = lines()
        let keyWidth = rows.filter { !$0.help.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(screen.size.width - 2, keyWidth + textWidth + 6)
        let height = min(screen.size.height - 2, rows.count + 2)
        guard width >= 8, height >= 3 else { return }
        let left = (screen.size.width - width) / 2
        let upper = (screen.size.height - height) / 2
        let inner = width - 2
        let title = "─ Keys (j/k scroll, other keys close) "
        let border = "┌" + String(title.prefix(inner)) + String(repeating: "─", count: max(0, inner - title.count)) + "┐"
        screen.put(border, row: upper, column: left, style: .helpBorder)
        let visible = rows.dropFirst(min(top, max(0, rows.count - 1))).prefix(height - 2)
        for offset in 0..<(height - 2) {
            let row = upper + 1 + offset
            screen.put("│", row: row, column: left, style: .helpBorder)
            screen.fill(row: row, from: left + 1, to: left + 1 + inner, style: .helpText)
            screen.put(String(repeating: " ", count: inner), row: row, column: left + 1, style: .helpText)
            if offset < visible.count {
                let entry = visible[visible.startIndex + offset]
                let used = screen.put(" " + entry.keys, row: row, column: left + 1, maxWidth: inner, style: .helpKey)
                let column = left + 2 + keyWidth + 2
                if column < left + 1 + inner, used < inner {
                    screen.put(entry.help, row: row, column: column, maxWidth: left + 1 + inner - column, style: .helpText)
                }
            }
            screen.put("│", row: row, column: left + width - 1, style: .helpBorder)
        }
        screen.put("└" + String(repeating: "─", count: inner) + "┘", row: upper + height - 1, column: left, style: .helpBorder)
    }
}
