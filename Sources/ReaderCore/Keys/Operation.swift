/// A named thing a key can do; the raw value is the name a config file uses.
///
/// Names are unique across views so a name alone says what it does; a view's
/// keymap lists which of them that view offers.
public enum Operation: String, CaseIterable, Sendable {
    // Reading.
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case jumpToSection = "jump-to-section"
    case lineDown = "line-down"
    case lineUp = "line-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case nextSentence = "next-sentence"
    case previousSentence = "previous-sentence"
    case highlightSentence = "highlight-sentence"
    case startSelection = "select"
    case annotate
    case listHighlights = "list-highlights"
    case bookmark
    case listBookmarks = "list-bookmarks"
    case headings
    case listLinks = "list-links"
    case openLinkNumber = "open-link-number"
    case back
    case searchForward = "search-forward"
    case searchBackward = "search-backward"
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case help
    case quit
    // Selecting.
    case extendWord = "extend-word"
    case shrinkWord = "shrink-word"
    case extendSentence = "extend-sentence"
    case shrinkSentence = "shrink-sentence"
    case extendLine = "extend-line"
    case shrinkLine = "shrink-line"
    case keepSelection = "keep-selection"
    // Lists.
    case nextEntry = "next-entry"
    case previousEntry = "previous-entry"
    case firstEntry = "first-entry"
    case lastEntry = "last-entry"
    case openEntry = "open-entry"
    case deleteEntry = "delete-entry"
    case undoDelete = "undo-delete"
    case editNote = "edit-note"
    // The links list.
    case openLink = "open-link"
    case readLink = "read-link"
    case copyLink = "copy-link"
    // Text prompts (the note editor, the search prompt).
    case insert
    case deleteBackward = "delete-backward"
    case caretLeft = "caret-left"
    case caretRight = "caret-right"
    case caretStart = "caret-start"
    case caretEnd = "caret-end"
    case save
    case submit
    case historyBack = "history-back"
    case historyForward = "history-forward"
    // Help.
    case scrollDown = "scroll-down"
    case scrollUp = "scroll-up"
    // Closing any view but reading.
    case close

    // Library.
    case nextColumn = "next-column"
    case toggleRead = "toggle-read"
    case markFeedRead = "mark-feed-read"
    case fetchFeeds = "fetch-feeds"
    case openInBrowser = "open-in-browser"
    case searchLibrary = "search-library"
}
