/// The stack of views over the reading view: which one has the keys, and what each holds.
extension ReaderState {
    /// The view that receives keys: the top of the stack, else reading.
    public var viewKind: ViewKind { views.last?.kind ?? .reading }

    /// The keymap of the view that receives keys.
    public var activeKeymap: ViewKeymap { keymaps[viewKind] }

    /// Where a selection started, while selecting.
    public var selectionAnchor: TextPlace? {
        for case .selecting(let anchor) in views { return anchor }
        return nil
    }

    /// The note being edited, if the note editor is open.
    public var noteEditor: NoteEditor? {
        for case .note(let editor) in views { return editor }
        return nil
    }

    /// The highlight or bookmark list, if open.
    public var list: ListOverlay? {
        for case .list(let list) in views { return list }
        return nil
    }

    /// The pane selected in the headings overlay, if open.
    public var headingsSelection: Int? {
        for case .headings(let selected) in views { return selected }
        return nil
    }

    /// The links list, if open.
    public var linkList: LinkList? {
        for case .links(let list) in views { return list }
        return nil
    }

    /// The link number prompt, if open.
    public var linkNumberPrompt: LinkNumberPrompt? {
        for case .linkNumber(let prompt) in views { return prompt }
        return nil
    }

    /// The search prompt, if open.
    public var searchPrompt: SearchPrompt? {
        for case .search(let prompt) in views { return prompt }
        return nil
    }

    /// The first shown row of the help overlay, if open.
    public var helpTop: Int? {
        for case .help(let top) in views { return top }
        return nil
    }

    /// Opens `view` on top of the others.
    mutating func push(_ view: View) {
        views.append(view)
    }

    /// Closes the top view.
    mutating func pop() {
        _ = views.popLast()
    }

    /// Replaces the top view with `view` (its state changed).
    mutating func replaceTop(with view: View) {
        if views.isEmpty { views.append(view) } else { views[views.count - 1] = view }
    }
}

extension ReaderState {
    /// This state with only the bottom `count` views open: what a view below the top one sees.
    func below(_ count: Int) -> ReaderState {
        var copy = self
        copy.views = Array(views.prefix(count))
        return copy
    }
}
