/// Decides which lines of a block belong to one paragraph.
///
/// Heuristic for hard-wrapped text: look at every line that has another line
/// of its block after it (an "inner" line). The text is hard-wrapped when at
/// least 90% of inner lines are at most 100 columns wide and at least half of
/// them do not end a sentence; otherwise each line is its own paragraph (the
/// "one line = one paragraph" style). The wrap width is the widest inner line
/// of at most 100 columns. Source, byline, date and "About the author" lines
/// are left out of these counts. In hard-wrapped text two lines of a block are
/// joined with a space unless the first ends a sentence and the next line's
/// first word would still have fitted after it (the writer broke the line on
/// purpose), or the next line starts a list item; a next line that starts in
/// lower case always continues the paragraph.
///
/// Whether each line continues the one before it is decided once, for all
/// lines, when the joiner is made (``continuesPrevious``); the paragraphs,
/// the headings and the author note all read those answers.
struct ParagraphJoiner {
    /// The wrap width when the text is hard-wrapped, else `nil`.
    let wrapWidth: Int?
    /// For each line, whether it is in the block of the line before it and ``joins(_:_:)`` it.
    let continuesPrevious: [Bool]

    /// Studies all lines of a text to decide whether it is hard-wrapped.
    init(lines: [SourceLine]) {
        var inner = 0
        var narrow = 0
        var widest = 0
        for index in lines.indices.dropLast() where Self.countsAsInner(lines, index) {
            inner += 1
            let width = lines[index].width
            if width <= 100 {
                narrow += 1
                widest = max(widest, width)
            }
        }
        // Sentence ends are looked at only when the widths allow wrapping (a text of
        // long lines, the common unwrapped kind, never needs them).
        var wrapped = inner > 0 && narrow * 10 >= inner * 9
        if wrapped {
            var open = 0
            for index in lines.indices.dropLast() where Self.countsAsInner(lines, index) && !lines[index].endsSentence {
                open += 1
            }
            wrapped = open * 2 >= inner
        }
        wrapWidth = wrapped ? widest : nil
        guard let width = wrapWidth else {
            continuesPrevious = Array(repeating: false, count: lines.count)
            return
        }
        var continues = [false]
        continues.reserveCapacity(lines.count)
        for index in lines.indices.dropFirst() {
            let line = lines[index]
            let previous = lines[index - 1]
            continues.append(previous.block == line.block && Self.joins(previous, line, width: width))
        }
        continuesPrevious = lines.isEmpty ? [] : continues
    }

    /// Whether line `index` has another line of its block after it and is not a standalone kind.
    static func countsAsInner(_ lines: [SourceLine], _ index: Int) -> Bool {
        lines[index + 1].block == lines[index].block && !isStandaloneKind(lines[index])
    }

    /// Whether a line is a kind that stands alone anyway (source, byline, date,
    /// "About the author"), so it says nothing about how paragraphs are wrapped.
    static func isStandaloneKind(_ line: SourceLine) -> Bool {
        guard line.width <= 150 else { return false }
        return line.isSourceLine || line.isByline || line.isDateline || line.isAboutTheAuthor
    }

    /// Whether `next` continues the paragraph that `line` is part of (same block assumed).
    func joins(_ line: SourceLine, _ next: SourceLine) -> Bool {
        guard let width = wrapWidth else { return false }
        return Self.joins(line, next, width: width)
    }

    /// ``joins(_:_:)`` in text hard-wrapped at `width`.
    static func joins(_ line: SourceLine, _ next: SourceLine, width: Int) -> Bool {
        if next.startsListItem || line.isAboutTheAuthor { return false }
        if next.startsLowercase { return true }
        if line.endsSentence, line.width + 1 + next.firstWordWidth <= width { return false }
        return true
    }

    /// Whether a line starts a list item ("- ", "* ", "• ", "1. ").
    static func startsListItem(_ text: Substring) -> Bool {
        // Every marker starts with "-", "*", a digit, or the byte 0xE2 of "•", "–" and "—".
        guard let first = text.utf8.first, first == 0x2D || first == 0x2A || first == 0xE2 || ASCIILines.isDigit(first) else {
            return false
        }
        if ["- ", "* ", "• ", "– ", "— "].contains(where: { text.hasPrefix($0) }) { return true }
        return LineKinds.withoutNumber(text) != text
    }

    /// Groups consecutive lines into paragraphs: a new one at each block and
    /// wherever ``joins(_:_:)`` says no. Lines are joined with one space.
    func paragraphs(_ lines: ArraySlice<SourceLine>) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        appendParagraphs(of: lines, to: &result)
        return result
    }

    /// ``paragraphs(_:)`` appended to `result` (the caller reserves room: at most one paragraph a line).
    func appendParagraphs(of lines: ArraySlice<SourceLine>, to result: inout [String]) {
        guard !lines.isEmpty else { return }
        var start = lines.startIndex
        for index in lines.indices.dropFirst() {
            if !continuesPrevious[index] {
                result.append(Self.joined(lines[start..<index]))
                start = index
            }
        }
        result.append(Self.joined(lines[start...]))
    }

    /// The texts of `lines` joined with single spaces: their bytes copied into one new
    /// string, with no second UTF-8 check (each line is valid UTF-8, and so is the join).
    static func joined(_ lines: ArraySlice<SourceLine>) -> String {
        let first = lines[lines.startIndex]
        if lines.count == 1 { return first.string }
        let total = lines.reduce(lines.count - 1) { $0 + $1.bytes.count }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
        defer { buffer.deallocate() }
        var at = 0
        var isASCII = true
        for index in lines.indices {
            if index > lines.startIndex {
                buffer[at] = 0x20
                at += 1
            }
            let bytes = lines[index].bytes
            _ = UnsafeMutableBufferPointer(rebasing: buffer[at..<(at + bytes.count)]).initialize(from: bytes)
            at += bytes.count
            isASCII = isASCII && lines[index].isASCII
        }
        return TextDecoding.string(validUTF8: UnsafeBufferPointer(buffer), isASCII: isASCII)
    }
}
