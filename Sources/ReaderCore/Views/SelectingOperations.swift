/// What the selecting view's operations do: move the selection's end, keep it or cancel.
///
/// Returns `nil` for an operation the selecting view does not offer.
func performSelecting(_ operation: Operation, on state: inout ReaderState) -> [Effect]? {
    switch operation {
    case .extendWord: state.moveWord(by: 1)
    case .shrinkWord: state.moveWord(by: -1)
    case .extendSentence: state.moveSelectionBySentence(forward: true)
    case .shrinkSentence: state.moveSelectionBySentence(forward: false)
    case .extendLine: state.moveLine(by: 1)
    case .shrinkLine: state.moveLine(by: -1)
    case .keepSelection:
        guard let range = state.selectionRange else { return [] }
        state.pop()
        return [.saveHighlight(section: state.pane.sectionIndex, start: range.lowerBound, end: range.upperBound)]
    case .close:
        state.pop()
        state.message = "Selection cancelled"
    case .help:
        state.push(.help(top: 0))
    default:
        return nil
    }
    return []
}
