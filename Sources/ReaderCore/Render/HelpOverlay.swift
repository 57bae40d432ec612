import ArticleKit

/// The help box, generated from the same keymap table that dispatches the keys.
public enum HelpOverlay {
    /// The views the reader's help shows: all but the library, which has a help of its own.
    public static let readerViews = ViewKind.allCases.filter { $0 != .library }

    /// The rows of the help box, keys then description: the keymap of each of `views` in turn.
    public static func lines(_ keymaps: Keymaps, views: [ViewKind] = readerViews) -> [(keys: String, help: String)] {
        var rows: [(keys: String, help: String)] = []
        for keymap in keymaps.views where !keymap.bindings.isEmpty && views.contains(keymap.kind) {
            if !rows.isEmpty { rows.append(("", "")) }
            rows.append((keymap.kind.helpTitle, ""))
            rows += keymap.bindings.map { ($0.label, $0.help) }
        }
        return rows
    }

    /// The rectangle the box takes on a screen of `size`: centred, as large as its rows need.
    static func rect(on size: ScreenSize, keymaps: Keymaps, views: [ViewKind] = readerViews) -> Rect {
        let rows = lines(keymaps, views: views)
        let keyWidth = rows.filter { !$0.help.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let textWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
        return Rect(size).centred(width: min(size.width - 2, keyWidth + textWidth + 6), height: min(size.height - 2, rows.count + 2))
    }

    /// Draws the box into `rect`, starting at help row `top`; `hints` names the help's own keys.
    static func draw(top: Int, keymaps: Keymaps, views: [ViewKind] = readerViews, hints: [String], in rect: Rect, into screen: inout Screen) {
        let rows = lines(keymaps, views: views)
        let keyWidth = rows.filter { !$0.help.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let width = rect.width
        let height = rect.height
        guard width >= 8, height >= 3 else { return }
        let left = rect.x
        let upper = rect.y
        let inner = width - 2
        let title = "─ Keys (\(hints.joined(separator: "  "))) "
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
