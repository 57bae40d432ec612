import ArticleKit

/// Draws a reader state into a ``Screen``.
public func render(_ state: ReaderState) -> Screen {
    var screen = Screen(size: state.size)
    let geometry = state.geometry
    guard state.size.width > 0, state.size.height > 0 else { return screen }
    if geometry.tooSmall {
        screen.put("terminal too small", row: 0, column: 0, style: .message)
        return screen
    }
    drawTitleBar(state, into: &screen)
    if geometry.sideOutline {
        OutlineColumn.draw(state, into: &screen)
    } else {
        PaneBar.draw(state, into: &screen)
    }
    drawText(state, into: &screen)
    drawStatusLine(state, into: &screen)
    // Each open view draws over the ones below it, into its own rectangle.
    for (level, view) in state.views.enumerated() {
        switch view {
        case .selecting:
            break // The selection is painted with the text (TextMarks).
        case .list(let list):
            ListOverlayView.draw(list, items: state.items(of: list.kind), state: state.below(level + 1),
                                 in: ListOverlayView.rect(on: state.size), into: &screen)
        case .headings(let selected):
            HeadingsOverlay.draw(state.document, selected: selected, hints: state.below(level + 1).hints,
                                 in: ListOverlayView.rect(on: state.size), into: &screen)
        case .links(let list):
            LinkListView.draw(list, visited: state.visitedLinks, hints: state.below(level + 1).hints,
                              in: ListOverlayView.rect(on: state.size), into: &screen)
        case .linkNumber(let prompt):
            PromptView.draw(" Open link number: ", prompt, in: Rect(state.size).lastRow, into: &screen)
        case .note(let editor):
            PromptView.draw(" Note: ", editor, in: Rect(state.size).lastRow, into: &screen)
        case .search(let prompt):
            PromptView.draw(prompt.backward ? " Search backward: " : " Search: ", prompt, in: Rect(state.size).lastRow, into: &screen)
        case .help(let top):
            HelpOverlay.draw(top: top, keymaps: state.keymaps, hints: state.below(level + 1).hints,
                             in: HelpOverlay.rect(on: state.size, keymaps: state.keymaps), into: &screen)
        }
    }
    return screen
}

/// The title bar: the program name and the article's title.
private func drawTitleBar(_ state: ReaderState, into screen: inout Screen) {
    screen.fill(row: 0, style: .titleBar)
    screen.put(" Folio · \(state.document.title)", row: 0, column: 0, maxWidth: state.size.width - 1, style: .titleBar)
}

/// The focused pane: its heading, then the visible part of its body.
private func drawText(_ state: ReaderState, into screen: inout Screen) {
    let geometry = state.geometry
    let layout = state.layout
    let headingRows = geometry.headingRows(for: layout.headingLines.count)
    var row = geometry.textTop
    for line in layout.headingLines.prefix(headingRows) {
        screen.put(line, row: row, column: geometry.textX, maxWidth: geometry.textWidth, style: .heading)
        row += 1
    }
    row += geometry.headingGap(for: layout.headingLines.count)
    let bottom = geometry.textTop + geometry.textHeight
    let marks = TextMarks(state)
    var index = state.top
    while row < bottom, index < layout.bodyLines.count {
        let line = layout.bodyLines[index]
        var column = geometry.textX
        if !line.prefix.isEmpty {
            column += screen.put(line.prefix, row: row, column: column, maxWidth: geometry.textWidth, style: .mark)
        }
        let look = line.paragraph.map(state.pane.look) ?? .plain
        let used = screen.put(line.text, row: row, column: column, maxWidth: geometry.textX + geometry.textWidth - column,
                              style: InlineLooks.baseStyle(look))
        if line.cut { screen.put("›", row: row, column: column + used, style: .mark) }
        if let paragraph = line.paragraph {
            if !look.isPlain { InlineLooks.paint(line, look: look, row: row, column: column, into: &screen) }
            marks.paint(line, paragraph: paragraph, row: row, column: column, into: &screen)
        }
        row += 1
        index += 1
    }
}

/// The status line: which pane, how far through it, and a key hint or a message.
private func drawStatusLine(_ state: ReaderState, into screen: inout Screen) {
    let row = state.size.height - 1
    let width = state.size.width
    screen.fill(row: row, style: .statusBar)
    let sections = state.document.panes.filter(\.kind.isSection).count
    var position = " \(state.pane.placeLabel(sectionCount: sections)) · \(state.percent)%"
    if DisplayWidth.of(position) > width - 1 {
        // Too narrow for the words: the list's short name ("Q3 of 5").
        position = " \(state.pane.listLabel)\(state.pane.kind.isSection ? " of \(sections)" : "") · \(state.percent)%"
    }
    let used = screen.put(position, row: row, column: 0, maxWidth: width, style: .statusBar)
    let note = state.highlightAtCursor?.annotation.note.map { "Note: " + DisplaySanitizer.clean($0) }
    let hint = state.message ?? (state.viewKind == .reading ? note : nil) ?? statusHints(state, room: width - used - 3)
    let hintWidth = DisplayWidth.of(hint)
    let column = max(used + 2, width - hintWidth - 1)
    screen.put(hint, row: row, column: column, maxWidth: max(0, width - column), style: state.message == nil ? .statusBar : .message)
}

/// The hints of the view that has the keys, named for what is open ("Selecting: w extend …"):
/// as many whole hints as fit in `room` columns, the first ones dropped first.
private func statusHints(_ state: ReaderState, room: Int) -> String {
    var hints = state.hints
    let prefix = state.viewKind == .selecting ? "Selecting: " : ""
    while hints.count > 1, DisplayWidth.of(prefix + joinedHints(hints)) > room { hints.removeFirst() }
    return prefix + joinedHints(hints)
}

/// The hints with two spaces between them. A plain loop: the stdlib's generic
/// `joined(separator:)` looked up type metadata by name on its first call, about
/// 50 µs before the first screen.
private func joinedHints(_ hints: [String]) -> String {
    var out = ""
    for hint in hints {
        if !out.isEmpty { out += "  " }
        out += hint
    }
    return out
}
