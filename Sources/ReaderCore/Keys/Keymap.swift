/// One row of the keymap: the keys, the action they trigger and the help text.
public struct KeyBinding: Sendable {
    /// The keys that trigger the action; the first is the one shown first.
    public var keys: [Key]
    /// The action, or `nil` when the row only documents a family (like 1-9).
    public var action: Action?
    /// How the keys are shown when they are not listed one by one (for example "1-9").
    public var keyLabel: String?
    /// One line of help text.
    public var help: String

    /// Creates a binding.
    public init(keys: [Key], action: Action?, keyLabel: String? = nil, help: String) {
        self.keys = keys
        self.action = action
        self.keyLabel = keyLabel
        self.help = help
    }

    /// The keys as shown in the help overlay, e.g. "j Down".
    public var label: String {
        keyLabel ?? keys.map(\.label).joined(separator: " ")
    }
}

/// The one table that both dispatches keys and generates the help overlay.
public enum Keymap {
    /// The reader's bindings, in the order the help overlay lists them.
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: (1...9).map { .char(Character(String($0))) }, action: nil, keyLabel: "1-9", help: "jump to that section"),
        KeyBinding(keys: [.tab, .char("n")], action: .nextPane, help: "next pane"),
        KeyBinding(keys: [.backTab, .char("p")], action: .previousPane, help: "previous pane"),
        KeyBinding(keys: [.char("j"), .down, .enter], action: .lineDown, help: "scroll down a line"),
        KeyBinding(keys: [.char("k"), .up], action: .lineUp, help: "scroll up a line"),
        KeyBinding(keys: [.char(" "), .pageDown, .char("f")], action: .pageDown, help: "page down"),
        KeyBinding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        KeyBinding(keys: [.char("g"), .home], action: .top, help: "top of the pane"),
        KeyBinding(keys: [.char("G"), .end], action: .bottom, help: "bottom of the pane"),
        KeyBinding(keys: [.char(")")], action: .nextSentence, help: "cursor to the next sentence"),
        KeyBinding(keys: [.char("(")], action: .previousSentence, help: "cursor to the previous sentence"),
        KeyBinding(keys: [.char("h")], action: .highlightSentence, help: "highlight the sentence at the cursor"),
        KeyBinding(keys: [.char("v")], action: .startSelection, help: "select text to highlight (see below)"),
        KeyBinding(keys: [.char("a")], action: .annotate, help: "note on the highlight at the cursor"),
        KeyBinding(keys: [.char("H")], action: .listHighlights, help: "list this article's highlights"),
        KeyBinding(keys: [.char("m")], action: .bookmark, help: "bookmark this paragraph"),
        KeyBinding(keys: [.char("B")], action: .listBookmarks, help: "list bookmarks"),
        KeyBinding(keys: [.char("?")], action: .help, help: "this help (j/k scroll, any key closes)"),
        KeyBinding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit (saves your place)"),
    ]

    /// Keys while selecting (after `v`), shown in the help overlay.
    public static let selectionBindings: [KeyBinding] = [
        KeyBinding(keys: [.char("w"), .right], action: nil, help: "extend by a word"),
        KeyBinding(keys: [.char("b"), .left], action: nil, help: "shrink by a word"),
        KeyBinding(keys: [.char(")"), .char("(")], action: nil, help: "extend or shrink by a sentence"),
        KeyBinding(keys: [.char("j"), .down, .char("k"), .up], action: nil, help: "extend or shrink by a line"),
        KeyBinding(keys: [.enter, .char("y")], action: nil, help: "keep the selection as a highlight"),
        KeyBinding(keys: [.escape], action: nil, help: "cancel the selection"),
    ]

    /// Keys in the highlight and bookmark lists (H, B), shown in the help overlay.
    public static let listBindings: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down, .char("k"), .up], action: nil, help: "move in the list"),
        KeyBinding(keys: [.enter], action: nil, help: "jump to it"),
        KeyBinding(keys: [.char("d")], action: nil, help: "delete it"),
        KeyBinding(keys: [.char("u")], action: nil, help: "undo the last delete"),
        KeyBinding(keys: [.char("e")], action: nil, help: "edit the note (highlights)"),
        KeyBinding(keys: [.escape, .char("q")], action: nil, help: "close the list"),
    ]

    /// Keys in the one-line note editor, shown in the help overlay.
    public static let noteBindings: [KeyBinding] = [
        KeyBinding(keys: [.left, .right], action: nil, help: "move in the note"),
        KeyBinding(keys: [.backspace], action: nil, help: "delete the character before"),
        KeyBinding(keys: [.enter], action: nil, help: "save the note"),
        KeyBinding(keys: [.escape], action: nil, help: "cancel"),
    ]

    /// The action bound to `key`, if any: a digit's question, else the first binding that lists it.
    ///
    /// A linear search over a few dozen bindings, not a dictionary: building a
    /// `[Key: Action]` made the runtime look up `Key: Hashable` at start-up,
    /// a scan of every conformance in the binary, before the first paint.
    public static func action(for key: Key) -> Action? {
        if case .char(let character) = key, character.isASCII, let digit = character.wholeNumberValue, (1...9).contains(digit) {
            return .jumpToQuestion(digit)
        }
        for binding in bindings where binding.keys.contains(key) {
            if let action = binding.action { return action }
        }
        return nil
    }
}
