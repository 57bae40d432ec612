import HighlightStore

/// The reading cursor: which sentence is current, and moving it by sentence, word and line.
extension ReaderState {
    /// Every sentence of the focused pane in reading order.
    var sentencePlaces: [(paragraph: Int, range: Range<Int>)] {
        layout.segments.enumerated().flatMap { paragraph, segments in
            segments.sentences.map { (paragraph: paragraph, range: $0) }
        }
    }

    /// Every word of the focused pane in reading order.
    var wordPlaces: [(paragraph: Int, range: Range<Int>)] {
        layout.segments.enumerated().flatMap { paragraph, segments in
            segments.words.map { (paragraph: paragraph, range: $0) }
        }
    }

    /// The sentence at the cursor: its paragraph and scalar range.
    public var cursorSentence: (paragraph: Int, range: Range<Int>)? {
        guard layout.segments.indices.contains(cursor.paragraph),
              let index = layout.segments[cursor.paragraph].sentence(at: cursor.offset) else { return nil }
        return (cursor.paragraph, layout.segments[cursor.paragraph].sentenceRange(index))
    }

    /// The word at `place`: its paragraph and scalar range.
    func word(at place: TextPlace) -> (paragraph: Int, range: Range<Int>)? {
        guard layout.segments.indices.contains(place.paragraph),
              let index = layout.segments[place.paragraph].word(at: place.offset) else { return nil }
        return (place.paragraph, layout.segments[place.paragraph].wordRange(index))
    }

    /// The selected text as body offsets (`start..<end`), while selecting.
    public var selectionRange: Range<Int>? {
        guard let anchorPlace = selectionAnchor, let a = word(at: anchorPlace), let b = word(at: cursor) else { return nil }
        let first = (a.paragraph, a.range.lowerBound) <= (b.paragraph, b.range.lowerBound) ? a : b
        let last = first.paragraph == a.paragraph && first.range == a.range ? b : a
        let start = pane.bodyOffset(TextPlace(paragraph: first.paragraph, offset: first.range.lowerBound))
        let end = pane.bodyOffset(TextPlace(paragraph: last.paragraph, offset: last.range.upperBound))
        return start..<max(end, pane.bodyOffset(TextPlace(paragraph: first.paragraph, offset: first.range.upperBound)))
    }

    /// Moves the cursor to `place` and scrolls so that its line is on screen.
    mutating func moveCursor(to place: TextPlace) {
        cursor = place
        let line = layout.line(of: place)
        if line < top {
            scroll(to: line)
        } else if line >= top + bodyRows {
            scroll(to: line - bodyRows + 1)
        }
    }

    /// Moves the cursor `delta` sentences on (negative: back), staying in the pane.
    mutating func moveSentence(by delta: Int) {
        let sentences = sentencePlaces
        guard !sentences.isEmpty else { return }
        let current = sentences.lastIndex { ($0.paragraph, $0.range.lowerBound) <= (cursor.paragraph, cursor.offset) } ?? 0
        let next = min(max(0, current + delta), sentences.count - 1)
        if next == current, delta != 0 { message = delta > 0 ? "Last sentence of the pane" : "First sentence of the pane" }
        moveCursor(to: TextPlace(paragraph: sentences[next].paragraph, offset: sentences[next].range.lowerBound))
    }

    /// Moves the selection head `delta` words on, staying in the pane.
    mutating func moveWord(by delta: Int) {
        let words = wordPlaces
        guard !words.isEmpty else { return }
        let current = words.lastIndex { ($0.paragraph, $0.range.lowerBound) <= (cursor.paragraph, cursor.offset) } ?? 0
        let next = min(max(0, current + delta), words.count - 1)
        moveCursor(to: TextPlace(paragraph: words[next].paragraph, offset: words[next].range.lowerBound))
    }

    /// Moves the selection head to the end (forward) or start (back) of a sentence.
    mutating func moveSelectionBySentence(forward: Bool) {
        let sentences = sentencePlaces
        let words = wordPlaces
        guard !sentences.isEmpty, !words.isEmpty else { return }
        let current = sentences.lastIndex { ($0.paragraph, $0.range.lowerBound) <= (cursor.paragraph, cursor.offset) } ?? 0
        let sentence = sentences[current]
        var target: (paragraph: Int, offset: Int)
        if forward {
            // To the last word of this sentence, or of the next one when already there.
            let lastWord = lastWordStart(of: sentence, in: words)
            if cursor.paragraph == sentence.paragraph, cursor.offset >= lastWord, current + 1 < sentences.count {
                target = (sentences[current + 1].paragraph, lastWordStart(of: sentences[current + 1], in: words))
            } else {
                target = (sentence.paragraph, lastWord)
            }
        } else {
            if cursor.offset > sentence.range.lowerBound || current == 0 {
                target = (sentence.paragraph, sentence.range.lowerBound)
            } else {
                target = (sentences[current - 1].paragraph, sentences[current - 1].range.lowerBound)
            }
        }
        moveCursor(to: TextPlace(paragraph: target.paragraph, offset: target.offset))
    }

    private func lastWordStart(of sentence: (paragraph: Int, range: Range<Int>), in words: [(paragraph: Int, range: Range<Int>)]) -> Int {
        words.last { $0.paragraph == sentence.paragraph && $0.range.lowerBound < sentence.range.upperBound }?.range.lowerBound
            ?? sentence.range.lowerBound
    }

    /// Moves the selection head one wrapped line down or up, to the word at the same column.
    mutating func moveLine(by delta: Int) {
        let lines = layout.bodyLines
        let line = layout.line(of: cursor)
        var target = line + delta
        while lines.indices.contains(target), lines[target].paragraph == nil { target += delta }
        guard lines.indices.contains(target), let paragraph = lines[target].paragraph else { return }
        let column = cursor.offset - lines[line].start
        let offset = min(lines[target].start + max(0, column), max(lines[target].start, lines[target].end - 1))
        let place = TextPlace(paragraph: paragraph, offset: offset)
        if let word = word(at: place) {
            moveCursor(to: TextPlace(paragraph: word.paragraph, offset: word.range.lowerBound))
        }
    }

    /// After scrolling: if the cursor's sentence left the screen, put it on the first sentence in view.
    mutating func keepCursorInView() {
        guard selectionAnchor == nil else { return }
        let line = layout.line(of: cursor)
        if line >= top, line < top + bodyRows { return }
        let sentences = sentencePlaces
        guard !sentences.isEmpty else { cursor = TextPlace(paragraph: 0, offset: 0); return }
        let firstInView = sentences.first { layout.line(of: TextPlace(paragraph: $0.paragraph, offset: $0.range.lowerBound)) >= top }
        let chosen = firstInView ?? sentences.last!
        cursor = TextPlace(paragraph: chosen.paragraph, offset: chosen.range.lowerBound)
    }

    /// The highlights resolved in the focused pane, as body ranges.
    public var paneHighlights: [(annotation: ResolvedAnnotation, range: Range<Int>)] {
        highlights.compactMap { item in
            guard let range = item.resolved.range, range.section == pane.sectionIndex else { return nil }
            return (item, range.start..<range.end)
        }
    }

    /// The highlight under the cursor's sentence, if any.
    public var highlightAtCursor: ResolvedAnnotation? {
        guard let sentence = cursorSentence else { return nil }
        let start = pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.lowerBound))
        let end = pane.bodyOffset(TextPlace(paragraph: sentence.paragraph, offset: sentence.range.upperBound))
        let cursorOffset = pane.bodyOffset(cursor)
        let overlapping = paneHighlights.filter { $0.range.overlaps(start..<end) }
        // Prefer the highlight that covers the cursor itself.
        return (overlapping.first { $0.range.contains(cursorOffset) } ?? overlapping.first)?.annotation
    }
}
