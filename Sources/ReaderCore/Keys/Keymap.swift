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
        KeyBinding(keys: (1...9).map { .char(Character(String($0))) }, action: nil, keyLabel: "1-9", help: "jump to that question"),
        KeyBinding(keys: [.tab, .char("n")], action: .nextPane, help: "next pane"),
        KeyBinding(keys: [.backTab, .char("p")], action: .previousPane, help: "previous pane"),
        KeyBinding(keys: [.char("j"), .down, .enter], action: .lineDown, help: "scroll down a line"),
        KeyBinding(keys: [.char("k"), .up], action: .lineUp, help: "scroll up a line"),
        KeyBinding(keys: [.char(" "), .pageDown, .char("f")], action: .pageDown, help: "page down"),
        KeyBinding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        KeyBinding(keys: [.char("g"), .home], action: .top, help: "top of the pane"),
        KeyBinding(keys: [.char("G"), .end], action: .bottom, help: "bottom of the pane"),
        KeyBinding(keys: [.char("?")], action: .help, help: "this help (any key closes it)"),
        KeyBinding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            if let action = binding.action {
                for key in binding.keys where table[key] == nil { table[key] = action }
            }
        }
        for n in 1...9 { table[.char(Character(String(n)))] = .jumpToQuestion(n) }
        return table
    }()

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? {
        table[key]
    }
}
