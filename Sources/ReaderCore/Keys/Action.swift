/// What a key does in the reader.
public enum Action: Equatable, Sendable {
    case nextPane, previousPane
    case jumpToQuestion(Int)
    case lineDown, lineUp
    case pageDown, pageUp
    case top, bottom
    case nextSentence, previousSentence
    case highlightSentence
    case startSelection
    case annotate
    case listHighlights
    case bookmark
    case listBookmarks
    case help
    case quit
}
