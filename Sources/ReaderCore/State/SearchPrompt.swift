/// The search prompt: the pattern being typed, its direction, and where it is in the history.
public struct SearchPrompt: LineEditing, Equatable, Sendable {
    public var text: [Character] = []
    public var caret = 0
    /// True for a backward search.
    public var backward: Bool
    /// The history entry shown (Up/Down), counted from the newest; `nil` for the typed text.
    public var historyIndex: Int?
    /// What was typed before moving into the history, shown again past its newest entry.
    public var draft: [Character] = []

    /// An empty prompt for a search in `backward` direction.
    public init(backward: Bool) {
        self.backward = backward
    }

    /// Replaces the text with `entry` and puts the caret at its end.
    mutating func show(_ entry: String) {
        text = Array(entry)
        caret = text.count
    }
}
