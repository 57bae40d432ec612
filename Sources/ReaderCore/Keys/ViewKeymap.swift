/// The keymap of one view: its bindings, in the order the help lists them.
public struct ViewKeymap: Equatable, Sendable {
    /// The view these keys belong to.
    public var kind: ViewKind
    /// The rows, in help order.
    public var bindings: [Binding]

    /// Creates a keymap.
    public init(_ kind: ViewKind, _ bindings: [Binding]) {
        self.kind = kind
        self.bindings = bindings
    }

    /// The binding `key` triggers: the first row listing it, else a typing row.
    ///
    /// A linear search over a few dozen rows, not a dictionary: building a
    /// `[Key: …]` made the runtime look up `Key: Hashable` at start-up, a scan
    /// of every conformance in the binary, before the first paint.
    public func binding(for key: Key) -> Binding? {
        bindings.first { $0.keys.contains(key) } ?? bindings.first { $0.matches(key) }
    }

    /// The row of `operation`, if this view offers it.
    public func binding(of operation: Operation) -> Binding? {
        bindings.first { $0.operation == operation }
    }

    /// The first key of `operation` as text ("h"), for messages that name a key.
    public func key(_ operation: Operation) -> String {
        binding(of: operation)?.shortLabel ?? operation.rawValue
    }
}
