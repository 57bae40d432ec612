/// Work that `update` asks the executable to do; the model itself has no side effects.
public enum Effect: Equatable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
}
