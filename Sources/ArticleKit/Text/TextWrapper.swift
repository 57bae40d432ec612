/// Word wrap by display columns.
///
/// Lines break at spaces. A word wider than the line is broken between
/// characters, and text without spaces that is made of wide characters (CJK)
/// may break between any two of them. No line is wider than `width`, except
/// a single character that is wider than `width` on its own (a two-column
/// character at width 1), which gets a line of its own. A newline in the text
/// forces a break. An empty text gives one empty line.
public enum TextWrapper {
    /// Wraps `text` into lines at most `width` columns wide (`width` < 1 counts as 1).
    ///
    /// Text of ASCII without CR goes byte by byte (each byte is a character
    /// of width 1, or 0 for a control); text whose every scalar is a character
    /// of its own (``SingleScalarClusters``) scalar by scalar; anything else by
    /// grapheme clusters. All three give the same lines.
    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return wrapASCII(text, width: width) }
        if SingleScalarClusters.holdsOnly(text) { return wrapScalars(text, width: width) }
        return wrapCharacters(text, width: width)
    }

    /// The ASCII path of ``wrap(_:width:)``: the same lines without grapheme breaking.
    static func wrapASCII(_ text: String, width: Int) -> [WrappedLine] {
        var builder = LineBuilder(limit: max(1, width), source: text)
        var offset = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            let glyph = Glyph(width: byte >= 0x20 && byte < 0x7F ? 1 : 0, start: offset, end: offset + 1, from: index, to: next)
            offset += 1
            index = next
            builder.take(glyph, newline: byte == 0x0A, space: byte == 0x20)
        }
        return builder.finish()
    }

    /// The path of ``wrap(_:width:)`` for text whose every scalar is a cluster of
    /// its own (``SingleScalarClusters``): the same lines, scalar by scalar.
    static func wrapScalars(_ text: String, width: Int) -> [WrappedLine] {
        var builder = LineBuilder(limit: max(1, width), source: text)
        var offset = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let glyph = Glyph(width: DisplayWidth.of(scalar), start: offset, end: offset + 1, from: index, to: next)
            offset += 1
            index = next
            builder.take(glyph, newline: scalar == "\n", space: scalar == " ")
        }
        return builder.finish()
    }

    /// The general path of ``wrap(_:width:)``, by grapheme clusters.
    static func wrapCharacters(_ text: String, width: Int) -> [WrappedLine] {
        var builder = LineBuilder(limit: max(1, width), source: text)
        var scalarOffset = 0
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let count = character.unicodeScalars.count
            let glyph = Glyph(width: DisplayWidth.of(character), start: scalarOffset, end: scalarOffset + count, from: index, to: next)
            scalarOffset += count
            index = next
            builder.take(glyph, newline: character == "\n" || character == "\r\n", space: character == " ")
        }
        return builder.finish()
    }
}

/// One grapheme cluster: its width, scalar span and where it lies in the source text.
struct Glyph {
    var width: Int
    var start: Int
    var end: Int
    var from: String.Index
    var to: String.Index
}

/// Accumulates glyphs into lines, greedily.
///
/// A line is always a contiguous run of the source (spaces are dropped only
/// at its ends), so its text is cut from the source, not rebuilt: the builder
/// keeps only the line's first and last glyph and its width, and reuses one
/// array for the word being read (an array per word and per line was a third
/// of the time of wrapping a pane).
struct LineBuilder {
    let limit: Int
    let source: String
    var lines: [WrappedLine] = []
    /// The first and last glyph of the current line; `nil` while it is empty.
    var first: Glyph?
    var last: Glyph?
    var currentWidth = 0
    /// Spaces read since the last word on the current line (each one column).
    var pendingSpaces = 0
    /// The glyphs of the word being read (no break opportunity inside).
    var word: [Glyph] = []

    init(limit: Int, source: String) {
        self.limit = limit
        self.source = source
        word.reserveCapacity(32)
    }

    /// Takes the next glyph of the text: a newline forces a break, a space ends
    /// the word, a wide character may break before and after it, anything else
    /// extends the word.
    mutating func take(_ glyph: Glyph, newline: Bool, space: Bool) {
        if newline {
            placeWord()
            forceBreak(at: glyph.start)
        } else if space {
            placeWord()
            if first != nil { pendingSpaces += 1 }
        } else if glyph.width == 2 {
            placeWord()
            word.append(glyph)
            placeWord()
        } else {
            word.append(glyph)
        }
    }

    /// Places the word being read (glyphs with no break opportunity inside) on the lines.
    mutating func placeWord() {
        guard let head = word.first else { return }
        var wordWidth = 0
        for glyph in word { wordWidth += glyph.width }
        if first == nil || currentWidth + pendingSpaces + wordWidth <= limit {
            if first != nil { currentWidth += pendingSpaces }
            pendingSpaces = 0
            if currentWidth + wordWidth <= limit {
                if first == nil { first = head }
                last = word[word.count - 1]
                currentWidth += wordWidth
                word.removeAll(keepingCapacity: true)
                return
            }
        } else {
            breakLine()
        }
        // The word is wider than a whole line: break it between characters.
        for glyph in word {
            if first != nil && currentWidth + glyph.width > limit { breakLine() }
            if first == nil { first = glyph }
            last = glyph
            currentWidth += glyph.width
        }
        word.removeAll(keepingCapacity: true)
    }

    /// Ends the current line even if it is empty (a newline in the text).
    mutating func forceBreak(at offset: Int) {
        emit(emptyAt: offset)
        pendingSpaces = 0
    }

    /// Ends the current line because the next word does not fit.
    mutating func breakLine() {
        emit()
        pendingSpaces = 0
    }

    /// Appends the current line to the output and starts an empty one.
    mutating func emit(emptyAt emptyOffset: Int? = nil) {
        if let first, let last {
            lines.append(WrappedLine(text: String(source[first.from..<last.to]), start: first.start, end: last.end, width: currentWidth))
        } else {
            let offset = emptyOffset ?? lines.last?.end ?? 0
            lines.append(WrappedLine(text: "", start: offset, end: offset, width: 0))
        }
        first = nil
        last = nil
        currentWidth = 0
    }

    /// Places the last word and returns the lines, with at least one line.
    mutating func finish() -> [WrappedLine] {
        placeWord()
        if first != nil || lines.isEmpty { emit() }
        return lines
    }
}
