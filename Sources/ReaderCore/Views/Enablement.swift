/// When an operation cannot run now, and why: one place for every view's conditions.
extension ReaderState {
    /// Why `operation` cannot run in the view that has the keys, or `nil` when it can.
    ///
    /// The reason is what the status line says when the key is pressed, and
    /// disabled operations drop out of the status-line hints.
    public func disabledReason(_ operation: Operation) -> String? {
        switch (viewKind, operation) {
        case (.reading, .nextPane):
            return paneIndex == document.panes.count - 1 ? "Last pane" : nil
        case (.reading, .previousPane):
            return paneIndex == 0 ? "First pane" : nil
        case (.reading, .highlightSentence), (.reading, .annotate):
            return cursorSentence == nil && highlightAtCursor == nil ? "Nothing to highlight here" : nil
        case (.reading, .startSelection):
            return cursorSentence == nil ? "Nothing to select here" : nil
        case (.reading, .listLinks):
            return pane.links.isEmpty ? "No links in this pane" : nil
        case (.reading, .openLinkNumber):
            return document.hasLinks ? nil : "No links in this article"
        case (.reading, .back):
            return options.canGoBack ? nil : "No article to go back to"
        case (.links, .copyLink):
            return options.copyLinks ? nil : "Copying is off: set copy = true in the config file to allow it"
        case (.reading, .nextMatch), (.reading, .previousMatch):
            guard let search else { return "No search yet; \(keymaps[.reading].key(.searchForward)) searches" }
            return search.matches.isEmpty ? "Pattern not found: \(search.pattern.text)" : nil
        case (.list, .openEntry), (.list, .deleteEntry), (.list, .editNote):
            guard let list else { return nil }
            if items(of: list.kind).isEmpty { return "The list is empty" }
            if operation == .editNote, list.kind == .bookmarks { return "Bookmarks have no notes" }
            return nil
        case (.list, .undoDelete):
            return list?.lastDeleted == nil ? "Nothing to undo" : nil
        default:
            return nil
        }
    }

    /// The status-line hints of the view that has the keys: its enabled hinted operations ("/ search").
    public var hints: [String] {
        activeKeymap.bindings.compactMap { binding in
            guard let hint = binding.hint, disabledReason(binding.operation) == nil else { return nil }
            return "\(binding.shortLabel) \(hint)"
        }
    }
}
