/// Applies one event to the library; returns what the loop must do.
///
/// Keys are looked up in the keymaps like the reader's: the library's own
/// table, the search prompt's table while typing a search, the help's table
/// while the help is open.
public func updateLibrary(_ state: inout LibraryState, _ event: ReaderEvent) -> [LibraryEffect] {
    switch event {
    case .key(let key):
        if state.prompt != nil { return libraryPrompt(key, on: &state) }
        if state.helpOpen {
            if state.keymaps[.help].binding(for: key)?.operation == .close { state.setHelp(false) }
            return []
        }
        state.message = nil
        guard let binding = state.keymaps[.library].binding(for: key) else {
            state.message = "\(key.label): not a key here; \(state.keymaps[.library].key(.help)) for help"
            return []
        }
        return performLibrary(binding.operation, on: &state)
    case .resize(let size):
        state.size = size
        return []
    case .report(let text):
        state.message = text
        return []
    default:
        return []
    }
}

/// Performs one library operation.
func performLibrary(_ operation: Operation, on state: inout LibraryState) -> [LibraryEffect] {
    switch operation {
    case .nextEntry: state.move(1)
    case .previousEntry: state.move(-1)
    case .firstEntry: state.move(-Int.max / 2)
    case .lastEntry: state.move(Int.max / 2)
    case .nextColumn: state.switchColumn()
    case .openEntry:
        if !state.articlesFocused {
            state.switchColumn()
            return []
        }
        guard let item = state.focusedItem else { state.message = "No article here"; return [] }
        return [.open(id: item.id)]
    case .toggleRead:
        guard let item = state.focusedItem else { state.message = "No article here"; return [] }
        state.update(id: item.id, read: !item.read, highlights: item.highlights, progress: item.progress)
        return [.mark(key: item.key, read: !item.read)]
    case .markFeedRead:
        guard case .feed(let url, let title) = state.entries[state.entryIndex] else {
            state.message = "Choose a feed on the left to mark it all read"
            return []
        }
        for item in state.items where item.feedURL == url && !item.read {
            state.update(id: item.id, read: true, highlights: item.highlights, progress: item.progress)
        }
        state.message = "Marked \(title) read"
        return [.markFeedRead(feedURL: url)]
    case .fetchFeeds:
        return [.fetch]
    case .openInBrowser:
        guard let item = state.focusedItem else { state.message = "No article here"; return [] }
        return [.openPage(id: item.id)]
    case .searchLibrary:
        state.setPrompt("")
    case .close:
        if !state.clearSearch() { state.message = "No search to clear" }
    case .help:
        state.setHelp(true)
    case .quit:
        return [.quit]
    default:
        state.message = "\(operation.rawValue) does nothing in the library"
    }
    return []
}

/// A key while the search prompt is open, by the search prompt's keymap.
func libraryPrompt(_ key: Key, on state: inout LibraryState) -> [LibraryEffect] {
    let text = state.prompt ?? ""
    guard let binding = state.keymaps[.search].binding(for: key) else {
        state.message = "\(key.label): not a key in the search prompt"
        return []
    }
    switch binding.operation {
    case .insert:
        if case .char(let character) = key { state.setPrompt(text + String(character)) }
    case .deleteBackward:
        state.setPrompt(String(text.dropLast()))
    case .submit:
        state.setPrompt(nil)
        let query = text.trimmingCharacters(in: " ")
        if query.isEmpty { return [] }
        return [.search(query)]
    case .close:
        state.setPrompt(nil)
    default:
        state.message = "\(binding.operation.rawValue): not in the library's search prompt"
    }
    return []
}

extension String {
    /// The text without `character` at either end.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
