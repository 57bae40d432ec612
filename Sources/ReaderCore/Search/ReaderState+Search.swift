/// Searching the article: running a pattern, moving between matches, the history.
extension ReaderState {
    /// Searches the whole article for `text` (empty: the last pattern again) and moves to the first match.
    mutating func runSearch(_ text: String, backward: Bool) {
        guard let pattern = SearchPattern(text) ?? search?.pattern else { return }
        if searchHistory.last != pattern.text {
            searchHistory.append(pattern.text)
            if searchHistory.count > 100 { searchHistory.removeFirst() }
        }
        search = SearchResults(pattern: pattern, backward: backward, in: document)
        moveToMatch(backward: backward, inclusive: true)
    }

    /// Moves to the next match in `backward`'s direction from the cursor (or from the current match).
    mutating func moveToMatch(backward: Bool, inclusive: Bool) {
        guard var results = search else { return }
        guard !results.matches.isEmpty else {
            message = "Pattern not found: \(results.pattern.text)"
            return
        }
        let key: (Int, Int, Int)
        if !inclusive, let current = results.current, results.matches[current].pane == paneIndex {
            key = results.matches[current].order
        } else {
            key = (paneIndex, cursor.paragraph, cursor.offset)
        }
        guard let (index, wrapped) = results.next(from: key, backward: backward, inclusive: inclusive) else { return }
        results.current = index
        search = results
        let match = results.matches[index]
        let place = TextPlace(paragraph: match.paragraph, offset: match.range.lowerBound)
        if match.pane != paneIndex { focus(pane: match.pane, at: place) }
        moveCursor(to: place)
        message = "match \(index + 1) of \(results.matches.count)" + (wrapped ? (backward ? " (wrapped to the end)" : " (wrapped to the top)") : "")
    }

    /// The matches in the focused pane, as body offsets, and which of them is current.
    var paneMatches: (ranges: [Range<Int>], current: Range<Int>?) {
        guard let search else { return ([], nil) }
        var ranges: [Range<Int>] = []
        var current: Range<Int>?
        for (index, match) in search.matches.enumerated() where match.pane == paneIndex {
            let start = pane.bodyOffset(TextPlace(paragraph: match.paragraph, offset: match.range.lowerBound))
            let range = start..<(start + match.range.count)
            ranges.append(range)
            if index == search.current { current = range }
        }
        return (ranges, current)
    }
}
