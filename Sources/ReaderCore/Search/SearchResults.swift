/// One place a search pattern occurs: the pane, the paragraph and the scalar range in it.
public struct SearchMatch: Equatable, Sendable {
    public var pane: Int
    public var paragraph: Int
    public var range: Range<Int>

    /// The reading-order key of the match, for finding the next one after a place.
    var order: (Int, Int, Int) { (pane, paragraph, range.lowerBound) }
}

/// The last search: its pattern, direction, every match in the article and the current one.
public struct SearchResults: Equatable, Sendable {
    /// What was searched for.
    public var pattern: SearchPattern
    /// True when the search went backward (`n` keeps going that way, `N` goes the other).
    public var backward: Bool
    /// Every match, in reading order over all panes.
    public var matches: [SearchMatch]
    /// The index of the match moved to last, if any.
    public var current: Int?

    /// Finds every match of `pattern` in the paragraphs of every pane of `document`.
    public init(pattern: SearchPattern, backward: Bool, in document: ReaderDocument) {
        self.pattern = pattern
        self.backward = backward
        var matches: [SearchMatch] = []
        for (pane, content) in document.panes.enumerated() {
            for (paragraph, text) in content.paragraphs.enumerated() {
                matches += pattern.ranges(in: text).map { SearchMatch(pane: pane, paragraph: paragraph, range: $0) }
            }
        }
        self.matches = matches
    }

    /// The index of the first match after (or, going back, before) `key`, wrapping
    /// around the article; `inclusive` counts a match that starts exactly at `key`.
    func next(from key: (Int, Int, Int), backward: Bool, inclusive: Bool) -> (index: Int, wrapped: Bool)? {
        guard !matches.isEmpty else { return nil }
        if backward {
            let found = matches.lastIndex { inclusive ? $0.order <= key : $0.order < key }
            return found.map { ($0, false) } ?? (matches.count - 1, true)
        }
        let found = matches.firstIndex { inclusive ? $0.order >= key : $0.order > key }
        return found.map { ($0, false) } ?? (0, true)
    }
}
