/// The links list (`L`): the focused pane's links and the selected one.
public struct LinkList: Equatable, Sendable {
    /// The links shown, in reading order.
    public var links: [PaneLink]
    /// The selected entry.
    public var selected = 0
    /// Digits typed to choose a link by its number.
    public var typed = ""

    /// A list of `links` with the first selected.
    public init(links: [PaneLink]) {
        self.links = links
    }
}

/// The prompt `o` opens: a link number to type.
public struct LinkNumberPrompt: LineEditing, Equatable, Sendable {
    public var text: [Character] = []
    public var caret = 0

    /// An empty prompt.
    public init() {}
}
