/// What a key does in the reader.
public enum Action: Equatable, Sendable {
    case nextPane, previousPane
    case jumpToQuestion(Int)
    case lineDown, lineUp
    case pageDown, pageUp
    case top, bottom
    case help
    case quit
}
