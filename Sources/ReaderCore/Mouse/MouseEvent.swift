/// A mouse report from the terminal (xterm SGR mode), in screen cells from 0.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did.
    public enum Kind: Equatable, Sendable {
        /// The left button went down.
        case press
        /// The pointer moved with the left button held.
        case drag
        /// The left button came up.
        case release
        /// The wheel turned away from the user (scroll up) or towards them (down).
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var column: Int
    public var row: Int

    /// Creates an event.
    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// What is under a screen cell, for the mouse.
public enum ScreenTarget: Equatable, Sendable {
    /// An entry of the outline column or the pane bar: pane `index`.
    case pane(Int)
    /// Body text of the focused pane at `place`.
    case text(TextPlace)
}
