/// Why the terminal could not be used; each reads as one line for stderr.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case noKeyboard
    case unknownTerminal(String?)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard output is not a terminal; to print the article's structure use: folio dump FILE"
        case .noKeyboard:
            "cannot read keys: standard input is not a terminal and /dev/tty cannot be opened"
        case .unknownTerminal(nil):
            "TERM is not set; set it to your terminal type (for example TERM=xterm-256color)"
        case .unknownTerminal(let term?):
            "terminal type '\(term)' is unknown or too limited; try TERM=xterm-256color"
        }
    }
}
