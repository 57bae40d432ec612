/// What the help overlay's operations do: scroll it or close it.
///
/// Returns `nil` for an operation the help view does not offer.
func performHelp(_ operation: Operation, on state: inout ReaderState) -> [Effect]? {
    guard let top = state.helpTop else { return nil }
    let rows = HelpOverlay.lines(state.keymaps).count
    switch operation {
    case .scrollDown: state.replaceTop(with: .help(top: min(top + 1, max(0, rows - 1))))
    case .scrollUp: state.replaceTop(with: .help(top: max(0, top - 1)))
    case .close: state.pop()
    default: return nil
    }
    return []
}
