/// Applies one event to the state and returns the effects to perform.
public func update(_ state: inout ReaderState, _ event: ReaderEvent) -> [Effect] {
    switch event {
    case .resize(let size):
        state.resize(to: size)
        return []
    case .key(let key):
        state.message = nil
        let pane = state.paneIndex
        var effects: [Effect]
        if let helpTop = state.helpTop {
            effects = updateHelp(&state, key: key, helpTop: helpTop)
        } else if state.noteEditor != nil {
            effects = updateNoteEditor(&state, key: key)
        } else if state.list != nil {
            effects = updateList(&state, key: key)
        } else if state.selectionAnchor != nil {
            effects = updateSelection(&state, key: key)
        } else if let action = Keymap.action(for: key) {
            effects = perform(action, on: &state)
        } else {
            state.message = "\(key.label): not a key here; ? for help"
            effects = []
        }
        // The reading position is saved on each pane change and on quit.
        if state.paneIndex != pane || effects.contains(.quit) {
            effects.insert(state.positionEffect, at: 0)
        }
        return effects
    }
}

extension ReaderState {
    /// The effect that saves where the reader is now (used on quit and on a quit signal).
    public var positionEffect: Effect {
        .savePosition(section: pane.sectionIndex, offset: pane.bodyOffset(place))
    }
}

/// Performs one keymap action.
func perform(_ action: Action, on state: inout ReaderState) -> [Effect] {
    let last = state.document.panes.count - 1
    switch action {
    case .quit:
        return [.quit]
    case .help:
        state.helpTop = 0
    case .nextPane:
        if state.paneIndex < last { state.focus(pane: state.paneIndex + 1) } else { state.message = "Last pane" }
    case .previousPane:
        if state.paneIndex > 0 { state.focus(pane: state.paneIndex - 1) } else { state.message = "First pane" }
    case .jumpToQuestion(let n):
        if let index = state.document.paneIndex(ofSection: n) {
            state.focus(pane: index)
        } else {
            state.message = "No section \(n)"
        }
    case .lineDown:
        state.scroll(to: state.top + 1)
    case .lineUp:
        state.scroll(to: state.top - 1)
    case .pageDown:
        if state.top >= state.maxTop, state.paneIndex < last {
            state.focus(pane: state.paneIndex + 1, at: TextPlace(paragraph: 0, offset: 0))
        } else {
            state.scroll(to: state.top + max(1, state.bodyRows - 1))
        }
    case .pageUp:
        if state.top == 0, state.paneIndex > 0 {
            state.focus(pane: state.paneIndex - 1, bottom: true)
        } else {
            state.scroll(to: state.top - max(1, state.bodyRows - 1))
        }
    case .top:
        state.scroll(to: 0)
    case .bottom:
        state.scroll(to: state.maxTop)
    case .nextSentence:
        state.moveSentence(by: 1)
    case .previousSentence:
        state.moveSentence(by: -1)
    case .highlightSentence:
        guard let sentence = state.cursorSentence else { state.message = "Nothing to highlight here"; return [] }
        let pane = state.pane
        return [.saveHighlight(
            section: pane.sectionIndex,
            start: pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound)),
            end: pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.upperBound)))]
    case .startSelection:
        guard let sentence = state.cursorSentence else { state.message = "Nothing to select here"; return [] }
        let start = TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound)
        state.selectionAnchor = start
        state.moveCursor(to: start)
        state.message = "Selecting: w b ) ( j k extend, Enter keeps, Esc cancels"
    case .annotate:
        if let highlight = state.highlightAtCursor {
            state.noteEditor = NoteEditor(target: highlight.id, note: highlight.annotation.note)
        } else {
            state.message = "No highlight at the cursor; h highlights this sentence"
        }
    case .listHighlights:
        state.list = ListOverlay(kind: .highlights)
    case .bookmark:
        let place = state.cursor
        return [.saveBookmark(section: state.pane.sectionIndex, offset: state.pane.bodyOffset(TextPlace(paragraph: place.paragraph, offset: 0)))]
    case .listBookmarks:
        state.list = ListOverlay(kind: .bookmarks)
    }
    // Scrolling keys may carry the cursor's sentence off screen.
    state.keepCursorInView()
    return []
}

/// Keys while selecting: extend, keep or cancel.
private func updateSelection(_ state: inout ReaderState, key: Key) -> [Effect] {
    switch key {
    case .char("w"), .right: state.moveWord(by: 1)
    case .char("b"), .left: state.moveWord(by: -1)
    case .char(")"): state.moveSelectionBySentence(forward: true)
    case .char("("): state.moveSelectionBySentence(forward: false)
    case .char("j"), .down: state.moveLine(by: 1)
    case .char("k"), .up: state.moveLine(by: -1)
    case .enter, .char("y"):
        guard let range = state.selectionRange else { return [] }
        state.selectionAnchor = nil
        return [.saveHighlight(section: state.pane.sectionIndex, start: range.lowerBound, end: range.upperBound)]
    case .escape, .ctrl("c"):
        state.selectionAnchor = nil
        state.message = "Selection cancelled"
    default:
        state.message = "Selecting: w b ) ( j k extend, Enter keeps, Esc cancels"
    }
    return []
}

/// Keys in the note editor.
private func updateNoteEditor(_ state: inout ReaderState, key: Key) -> [Effect] {
    guard var editor = state.noteEditor else { return [] }
    switch key {
    case .enter:
        state.noteEditor = nil
        let text = NoteEditor.trimmingSpaces(String(editor.text))
        return [.saveNote(id: editor.target, note: text.isEmpty ? nil : text)]
    case .escape, .ctrl("c"):
        state.noteEditor = nil
        state.message = "Note not changed"
    default:
        if editor.apply(key) { state.noteEditor = editor }
    }
    return []
}

/// Keys in the highlight and bookmark lists.
private func updateList(_ state: inout ReaderState, key: Key) -> [Effect] {
    guard var list = state.list else { return [] }
    let items = state.items(of: list.kind)
    let what = list.kind == .highlights ? "highlight" : "bookmark"
    var effects: [Effect] = []
    switch key {
    case .char("j"), .down:
        list.selected = min(list.selected + 1, max(0, items.count - 1))
    case .char("k"), .up:
        list.selected = max(0, list.selected - 1)
    case .enter:
        guard items.indices.contains(list.selected) else { return [] }
        let item = items[list.selected]
        guard let range = item.resolved.range else {
            state.message = "This \(what) is orphaned: its text is not in this version of the article"
            return []
        }
        state.list = nil
        state.show(section: range.section, offset: range.start)
        return []
    case .char("d"):
        guard items.indices.contains(list.selected) else { return [] }
        list.lastDeleted = items[list.selected].id
        effects = [.delete(id: items[list.selected].id)]
        state.message = "Deleted the \(what); u brings it back"
    case .char("u"):
        guard let id = list.lastDeleted else { state.message = "Nothing to undo"; return [] }
        list.lastDeleted = nil
        effects = [.undelete(id: id)]
        state.message = "Restored the \(what)"
    case .char("e") where list.kind == .highlights:
        guard items.indices.contains(list.selected) else { return [] }
        state.noteEditor = NoteEditor(target: items[list.selected].id, note: items[list.selected].annotation.note)
    case .escape, .char("q"), .char("H"), .char("B"), .ctrl("c"):
        state.list = nil
        return []
    default:
        state.message = "j k move, Enter jumps, d deletes, u undoes\(list.kind == .highlights ? ", e edits the note" : ""), Esc closes"
    }
    state.list = list
    return effects
}

/// Keys while the help overlay is open: j/k and arrows scroll it, anything else closes it.
private func updateHelp(_ state: inout ReaderState, key: Key, helpTop: Int) -> [Effect] {
    let rows = HelpOverlay.lines().count
    switch key {
    case .char("j"), .down:
        state.helpTop = min(helpTop + 1, max(0, rows - 1))
    case .char("k"), .up:
        state.helpTop = max(0, helpTop - 1)
    default:
        state.helpTop = nil
    }
    return []
}
