@testable import ArticleKit

/// The line builder as it was before it kept only a line's first and last
/// glyph (2026-11-29), frozen as the reference for `LineBuilderTests`. Never edit.
struct ReferenceLineBuilder {
    let limit: Int
    let source: String
    var lines: [WrappedLine] = []
    var current: [Glyph] = []
    var currentWidth = 0
    var pendingSpaces: [Glyph] = []
    /// The glyphs of the word being read (no break opportunity inside).
    var word: [Glyph] = []

    init(limit: Int, source: String) {
        self.limit = limit
        self.source = source
    }

    /// Takes the next glyph of the text: a newline forces a break, a space ends
    /// the word, a wide character may break before and after it, anything else
    /// extends the word.
    mutating func take(_ glyph: Glyph, newline: Bool, space: Bool) {
        if newline {
            place(word); word.removeAll()
            forceBreak(at: glyph.start)
        } else if space {
            place(word); word.removeAll()
            addSpace(glyph)
        } else if glyph.width == 2 {
            place(word); word.removeAll()
            place([glyph])
        } else {
            word.append(glyph)
        }
    }

    /// Remembers a space; it is drawn only if a word follows on the same line.
    mutating func addSpace(_ glyph: Glyph) {
        if !current.isEmpty { pendingSpaces.append(glyph) }
    }

    /// Places a word (glyphs with no break opportunity inside) on the lines.
    mutating func place(_ word: [Glyph]) {
        guard !word.isEmpty else { return }
        let wordWidth = word.reduce(0) { $0 + $1.width }
        let spaceWidth = pendingSpaces.count
        if current.isEmpty || currentWidth + spaceWidth + wordWidth <= limit {
            if !current.isEmpty {
                current.append(contentsOf: pendingSpaces)
                currentWidth += spaceWidth
            }
            pendingSpaces.removeAll()
            if currentWidth + wordWidth <= limit {
                current.append(contentsOf: word)
                currentWidth += wordWidth
                return
            }
        } else {
            breakLine()
        }
        // The word is wider than a whole line: break it between characters.
        for glyph in word {
            if !current.isEmpty && currentWidth + glyph.width > limit { breakLine() }
            current.append(glyph)
            currentWidth += glyph.width
        }
    }

    /// Ends the current line even if it is empty (a newline in the text).
    mutating func forceBreak(at offset: Int) {
        emit(emptyAt: offset)
        pendingSpaces.removeAll()
    }

    /// Ends the current line because the next word does not fit.
    mutating func breakLine() {
        emit()
        pendingSpaces.removeAll()
    }

    /// Appends the current line to the output and starts an empty one.
    mutating func emit(emptyAt emptyOffset: Int? = nil) {
        if let first = current.first, let last = current.last {
            lines.append(WrappedLine(text: String(source[first.from..<last.to]), start: first.start, end: last.end, width: currentWidth))
        } else {
            let offset = emptyOffset ?? lines.last?.end ?? 0
            lines.append(WrappedLine(text: "", start: offset, end: offset, width: 0))
        }
        current.removeAll(keepingCapacity: true)
        currentWidth = 0
    }

    /// Places the last word and returns the lines, with at least one line.
    mutating func finish() -> [WrappedLine] {
        place(word)
        word.removeAll()
        if !current.isEmpty || lines.isEmpty { emit() }
        return lines
    }
}
