/// Every view's keymap: the one value that dispatches keys, writes the help and the hints.
public struct Keymaps: Equatable, Sendable {
    /// The keymaps, one per view kind.
    public private(set) var views: [ViewKeymap]

    /// Creates keymaps from one table per view (a missing view gets an empty table).
    public init(_ views: [ViewKeymap]) {
        self.views = ViewKind.allCases.map { kind in views.first { $0.kind == kind } ?? ViewKeymap(kind, []) }
    }

    /// The keymap of `kind`.
    public subscript(kind: ViewKind) -> ViewKeymap {
        get { views.first { $0.kind == kind }! }
        set { views[views.firstIndex { $0.kind == kind }!] = newValue }
    }
}
