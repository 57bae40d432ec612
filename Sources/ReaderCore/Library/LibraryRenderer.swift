import ArticleKit
import HighlightStore

/// Draws the library: title bar, feeds column, articles column, status line, and the prompt or help over them.
public func renderLibrary(_ state: LibraryState) -> Screen {
    var screen = Screen(size: state.size)
    let width = state.size.width, height = state.size.height
    guard width >= 20, height >= 5 else {
        if width > 0, height > 0 { screen.put("terminal too small", row: 0, column: 0, maxWidth: width, style: .message) }
        return screen
    }
    let unread = state.unreadCount(.all)
    screen.fill(row: 0, style: .titleBar)
    screen.put(" Folio · Library · \(unread) unread of \(state.articleCount)", row: 0, column: 0, maxWidth: width - 1, style: .titleBar)
    let rows = height - 2
    let left = min(32, max(16, width / 4))
    drawFeeds(state, width: left - 1, rows: rows, into: &screen)
    for row in 1...rows { screen.put("│", row: row, column: left - 1, style: .separator) }
    drawArticles(state, column: left, width: width - left, rows: rows, into: &screen)
    if let prompt = state.prompt {
        screen.fill(row: height - 1, style: .statusBar)
        let end = screen.put(" Search the library: \(prompt)", row: height - 1, column: 0, maxWidth: width - 1, style: .statusBar)
        if end < width { screen.put(" ", row: height - 1, column: end, style: .caret) }
    } else {
        drawStatus(state, into: &screen)
    }
    if state.helpOpen {
        HelpOverlay.draw(top: 0, keymaps: state.keymaps, views: [.library], hints: ["\(state.keymaps[.help].key(.close)) close"],
                         in: HelpOverlay.rect(on: state.size, keymaps: state.keymaps, views: [.library]), into: &screen)
    }
    return screen
}

/// The left column: the groups and feeds with their unread counts.
private func drawFeeds(_ state: LibraryState, width: Int, rows: Int, into screen: inout Screen) {
    let top = max(0, state.entryIndex - rows + 1)
    for (offset, entry) in state.entries.dropFirst(top).prefix(rows).enumerated() {
        let index = top + offset, row = 1 + offset
        let focused = index == state.entryIndex
        let style: Style = focused ? (state.articlesFocused ? .outlineFocused : .listSelected) : .outline
        screen.fill(row: row, from: 0, to: width, style: style)
        let count = state.unreadCount(entry)
        let number = count > 0 ? " \(count)" : ""
        let nameWidth = max(1, width - 1 - DisplayWidth.of(number))
        screen.put(" " + DisplayTitle.shorten(entry.name, to: nameWidth - 1), row: row, column: 0, maxWidth: nameWidth, style: style)
        if !number.isEmpty { screen.put(number, row: row, column: width - DisplayWidth.of(number), style: style) }
    }
}

/// The right column: the focused entry's articles.
private func drawArticles(_ state: LibraryState, column: Int, width: Int, rows: Int, into screen: inout Screen) {
    guard !state.visible.isEmpty else {
        let empty = state.articleCount == 0 ? "No articles yet: add feeds with `folio feeds add URL`, then press r (or run `folio fetch`)." : "Nothing here."
        screen.put(" " + empty, row: 1, column: column, maxWidth: width, style: .message)
        return
    }
    let top = max(0, state.itemIndex - rows + 1)
    for (offset, index) in state.visible.dropFirst(top).prefix(rows).enumerated() {
        let item = state.items[index], row = 1 + offset
        let focused = top + offset == state.itemIndex
        let style: Style = focused ? (state.articlesFocused ? .listSelected : .outlineFocused) : .normal
        screen.fill(row: row, from: column, to: column + width, style: style)
        var right = " " + String(RecordTime.string(secondsSince1970: Int(item.time)).prefix(10))
        if let progress = item.progress { right = " \(progress)%" + right }
        if item.highlights > 0 { right = " ✎\(item.highlights)" + right }
        right = "  " + DisplayTitle.shorten(item.feedTitle, to: max(4, width / 5)) + right + " "
        let rightWidth = DisplayWidth.of(right)
        let marker = item.read ? "  " : "● "
        let titleWidth = max(4, width - rightWidth - 2)
        screen.put(marker, row: row, column: column, style: style)
        screen.put(DisplayTitle.shorten(DisplaySanitizer.clean(item.title), to: titleWidth), row: row, column: column + 2, maxWidth: titleWidth, style: item.read ? style : (focused ? style : .strong))
        if rightWidth < width - 6 { screen.put(right, row: row, column: column + width - rightWidth, style: style) }
    }
}

/// The status line: the message, else the fetch in progress and the hints.
private func drawStatus(_ state: LibraryState, into screen: inout Screen) {
    let row = state.size.height - 1
    screen.fill(row: row, style: .statusBar)
    let keymap = state.keymaps[.library]
    let hints = keymap.bindings.compactMap { binding in binding.hint.map { "\(binding.shortLabel) \($0)" } }.joined(separator: " · ")
    var text = " " + (state.message ?? hints)
    if let activity = state.activity { text = " \(activity) ·" + text }
    screen.put(text, row: row, column: 0, maxWidth: state.size.width - 1, style: state.message == nil ? .statusBar : .message)
}
