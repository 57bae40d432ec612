import ArticleKit

/// What to paint over the body text: the cursor's sentence, highlights and the selection.
struct TextMarks {
    /// Body-offset ranges of each kind in the focused pane.
    let cursor: Range<Int>?
    let highlights: [Range<Int>]
    let selection: Range<Int>?
    /// The search's matches in the pane, and the current one.
    let matches: [Range<Int>]
    let currentMatch: Range<Int>?
    let pane: Pane

    /// Collects the marks of `state`'s focused pane.
    init(_ state: ReaderState) {
        pane = state.pane
        highlights = state.paneHighlights.map(\.range)
        selection = state.selectionRange
        (matches, currentMatch) = state.paneMatches
        if state.selectionAnchor == nil, state.list == nil, let sentence = state.cursorSentence {
            cursor = pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound))
                ..< pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.upperBound))
        } else {
            cursor = nil
        }
    }

    /// The style of the character at body offset `offset`, or `nil` for plain text.
    func style(at offset: Int) -> Style? {
        if let selection, selection.contains(offset) { return .selection }
        if let currentMatch, currentMatch.contains(offset) { return .searchCurrent }
        if !matches.isEmpty, matches.contains(where: { $0.contains(offset) }) { return .searchMatch }
        let inHighlight = highlights.contains { $0.contains(offset) }
        let inCursor = cursor?.contains(offset) ?? false
        switch (inHighlight, inCursor) {
        case (true, true): return .highlightCursor
        case (true, false): return .highlight
        case (false, true): return .cursor
        case (false, false): return nil
        }
    }

    /// Restyles the cells of one drawn body line.
    func paint(_ line: BodyLine, paragraph: Int, row: Int, column: Int, into screen: inout Screen) {
        guard cursor != nil || selection != nil || !highlights.isEmpty || !matches.isEmpty else { return }
        let base = pane.bodyOffset(TextPlace(paragraph: paragraph, offset: 0))
        // A line that no mark reaches keeps its plain style.
        let span = (base + line.start)..<(base + max(line.start, line.end))
        guard selection?.overlaps(span) == true || cursor?.overlaps(span) == true
                || highlights.contains(where: { $0.overlaps(span) }) || matches.contains(where: { $0.overlaps(span) }) else { return }
        var previous: (style: Style, x: Int)? = nil
        line.forEachCharacter { at, width, offset, _ in
            let x = column + at
            guard let offset else {
                // A link number: no offset of the text, never marked, and no mark bridges it.
                previous = nil
                return
            }
            if let style = style(at: base + offset) {
                // A space between two marked characters of the same mark is marked too.
                if let previous, previous.style == style, previous.x < x { screen.fill(row: row, from: previous.x, to: x, style: style) }
                screen.fill(row: row, from: x, to: x + width, style: style)
                previous = (style, x + width)
            }
        }
    }
}
