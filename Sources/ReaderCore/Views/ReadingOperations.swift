/// What the reading view's operations do.
///
/// Returns `nil` for an operation the reading view does not offer.
func performReading(_ operation: Operation, key: Key, on state: inout ReaderState) -> [Effect]? {
    let last = state.document.panes.count - 1
    switch operation {
    case .quit:
        return [.quit]
    case .help:
        state.push(.help(top: 0))
    case .nextPane:
        state.focus(pane: min(last, state.paneIndex + 1))
    case .previousPane:
        state.focus(pane: max(0, state.paneIndex - 1))
    case .jumpToSection:
        guard case .char(let character) = key, let n = character.wholeNumberValue else { return [] }
        if let index = state.document.paneIndex(ofSection: n) {
            state.focus(pane: index)
        } else {
            state.message = "No section \(n)"
        }
    case .lineDown:
        state.scroll(to: state.top + 1)
    case .lineUp:
        state.scroll(to: state.top - 1)
    case .pageDown:
        if state.top >= state.maxTop, state.paneIndex < last {
            state.focus(pane: state.paneIndex + 1, at: TextPlace(paragraph: 0, offset: 0))
        } else {
            state.scroll(to: state.top + max(1, state.bodyRows - 1))
        }
    case .pageUp:
        if state.top == 0, state.paneIndex > 0 {
            state.focus(pane: state.paneIndex - 1, bottom: true)
        } else {
            state.scroll(to: state.top - max(1, state.bodyRows - 1))
        }
    case .top:
        state.scroll(to: 0)
    case .bottom:
        state.scroll(to: state.maxTop)
    case .nextSentence:
        state.moveSentence(by: 1)
    case .previousSentence:
        state.moveSentence(by: -1)
    case .highlightSentence:
        return state.cursorSentenceHighlight(openNote: false).map { [$0] } ?? []
    case .startSelection:
        guard let sentence = state.cursorSentence else { return [] }
        let start = TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound)
        state.push(.selecting(anchor: start))
        state.moveCursor(to: start)
    case .annotate:
        if let highlight = state.highlightAtCursor {
            state.push(.note(NoteEditor(target: highlight.id, note: highlight.annotation.note)))
        } else {
            // No highlight yet: keep the sentence, and the editor opens once it is saved.
            return state.cursorSentenceHighlight(openNote: true).map { [$0] } ?? []
        }
    case .listHighlights:
        state.push(.list(ListOverlay(kind: .highlights)))
    case .bookmark:
        let place = state.cursor
        return [.saveBookmark(section: state.pane.sectionIndex, offset: state.pane.bodyOffset(TextPlace(paragraph: place.paragraph, offset: 0)))]
    case .headings:
        state.push(.headings(selected: state.paneIndex))
        return []
    case .listLinks:
        state.push(.links(LinkList(links: state.pane.links)))
        return []
    case .openLinkNumber:
        state.push(.linkNumber(LinkNumberPrompt()))
        return []
    case .back:
        return [.back]
    case .searchForward, .searchBackward:
        state.push(.search(SearchPrompt(backward: operation == .searchBackward)))
        return []
    case .nextMatch, .previousMatch:
        let backward = state.search?.backward ?? false
        state.moveToMatch(backward: operation == .nextMatch ? backward : !backward, inclusive: false)
        return []
    case .listBookmarks:
        state.push(.list(ListOverlay(kind: .bookmarks)))
    default:
        return nil
    }
    // Scrolling keys may carry the cursor's sentence off screen.
    state.keepCursorInView()
    return []
}

extension ReaderState {
    /// The effect that keeps the sentence at the cursor as a highlight, if there is one.
    func cursorSentenceHighlight(openNote: Bool) -> Effect? {
        guard let sentence = cursorSentence else { return nil }
        return .saveHighlight(
            section: pane.sectionIndex,
            start: pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound)),
            end: pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.upperBound)),
            openNote: openNote)
    }
}
