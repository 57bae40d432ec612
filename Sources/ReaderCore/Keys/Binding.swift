/// One row of a view's keymap: an operation, its keys, its help and its hint.
///
/// The same row dispatches the key, writes the help overlay and the status-line
/// hint, and is what a config file remaps by the operation's name.
public struct Binding: Equatable, Sendable {
    /// What the keys do.
    public var operation: Operation
    /// The keys that trigger it; the first is the one hints show.
    public var keys: [Key]
    /// True when every printable character triggers it (typing into a prompt).
    public var anyCharacter: Bool
    /// How the keys are shown when not listed one by one (for example "1-9").
    public var keyLabel: String?
    /// One line of help text.
    public var help: String
    /// A word or two for the status line while the view is open, or `nil` to leave it out.
    public var hint: String?

    /// Creates a binding.
    public init(_ operation: Operation, _ keys: [Key], anyCharacter: Bool = false, keyLabel: String? = nil,
                help: String, hint: String? = nil) {
        self.operation = operation
        self.keys = keys
        self.anyCharacter = anyCharacter
        self.keyLabel = keyLabel
        self.help = help
        self.hint = hint
    }

    /// The keys as the help overlay shows them, e.g. "j Down".
    public var label: String {
        keyLabel ?? keys.map(\.label).joined(separator: " ")
    }

    /// The shortest way to name the keys: the family label or the first key.
    public var shortLabel: String {
        keyLabel ?? keys.first?.label ?? ""
    }

    /// Whether `key` triggers this binding.
    public func matches(_ key: Key) -> Bool {
        if keys.contains(key) { return true }
        if anyCharacter, case .char(let character) = key { return character.isPrintableText }
        return false
    }
}

extension Character {
    /// Whether the character is text a person types (not a control character).
    var isPrintableText: Bool {
        !unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
    }
}
