/// Applies one event to the state and returns the effects to perform.
public func update(_ state: inout ReaderState, _ event: ReaderEvent) -> [Effect] {
    switch event {
    case .resize(let size):
        state.resize(to: size)
        return []
    case .annotationsChanged(let highlights, let bookmarks):
        state.setAnnotations(highlights: highlights, bookmarks: bookmarks)
        return []
    case .highlightSaved(let id, let openNote):
        if openNote, let highlight = state.highlights.first(where: { $0.id == id }) {
            state.push(.note(NoteEditor(target: id, note: highlight.annotation.note)))
        }
        return []
    case .restorePosition(let section, let offset):
        state.show(section: section, offset: offset)
        return []
    case .report(let text):
        state.message = text
        return []
    case .key, .mouse:
        state.message = nil
        let pane = state.paneIndex
        var effects: [Effect]
        if case .key(let key) = event { effects = dispatch(key, on: &state) } else if case .mouse(let mouse) = event {
            effects = performMouse(mouse, on: &state)
        } else {
            effects = []
        }
        // The reading position is saved on each pane change and on quit.
        if state.paneIndex != pane || effects.contains(.quit) || effects.contains(.back)
            || effects.contains(where: { if case .readURL = $0 { true } else { false } }) {
            effects.insert(state.positionEffect, at: 0)
        }
        return effects
    }
}

/// Finds `key` in the keymap of the view that has the keys and performs its operation.
///
/// The only place keys are looked up: no view switches on keys itself.
func dispatch(_ key: Key, on state: inout ReaderState) -> [Effect] {
    let kind = state.viewKind
    guard let binding = state.keymaps[kind].binding(for: key) else {
        state.message = "\(key.label): not a key here; \(state.keymaps[kind].key(.help)) for help"
        if kind == .help { state.message = "\(key.label): not a key here; \(state.keymaps[.help].key(.close)) closes the help" }
        return []
    }
    if let reason = state.disabledReason(binding.operation) {
        state.message = reason
        return []
    }
    let effects: [Effect]?
    switch kind {
    case .reading: effects = performReading(binding.operation, key: key, on: &state)
    case .selecting: effects = performSelecting(binding.operation, on: &state)
    case .list: effects = performList(binding.operation, on: &state)
    case .note: effects = performNote(binding.operation, key: key, on: &state)
    case .headings: effects = performHeadings(binding.operation, on: &state)
    case .links: effects = performLinks(binding.operation, key: key, on: &state)
    case .linkNumber: effects = performLinkNumber(binding.operation, key: key, on: &state)
    case .search: effects = performSearchPrompt(binding.operation, key: key, on: &state)
    case .help: effects = performHelp(binding.operation, on: &state)
    // The library is not a view of the reader (see LibraryState).
    case .library: effects = nil
    }
    guard let effects else {
        // A keymap row (a remap, say) named an operation this view does not have.
        state.message = "\(binding.operation.rawValue) does nothing in this view"
        return []
    }
    return effects
}

extension ReaderState {
    /// The effect that saves where the reader is now (used on quit and on a quit signal).
    public var positionEffect: Effect {
        .savePosition(section: pane.sectionIndex, offset: pane.bodyOffset(place))
    }
}
