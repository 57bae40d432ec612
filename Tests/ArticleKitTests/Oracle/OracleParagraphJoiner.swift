// Frozen copy of Sources/ArticleKit/Parsing/ParagraphJoiner.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

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
struct OracleParagraphJoiner {
    /// The wrap width when the text is hard-wrapped, else `nil`.
    let wrapWidth: Int?

    /// Studies all lines of a text to decide whether it is hard-wrapped.
    init(lines: [OracleSourceLine]) {
        var inner = 0
        var narrow = 0
        var open = 0
        var widest = 0
        for (index, line) in lines.enumerated().dropLast()
        where lines[index + 1].block == line.block && !Self.isStandaloneKind(line) {
            inner += 1
            if line.width <= 100 {
                narrow += 1
                widest = max(widest, line.width)
            }
            if !OracleSentenceRules.endsSentence(line.text) { open += 1 }
        }
        let wrapped = inner > 0 && narrow * 10 >= inner * 9 && open * 2 >= inner
        wrapWidth = wrapped ? widest : nil
    }

    /// Whether a line is a kind that stands alone anyway (source, byline, date,
    /// "About the author"), so it says nothing about how paragraphs are wrapped.
    static func isStandaloneKind(_ line: OracleSourceLine) -> Bool {
        guard line.width <= 150 else { return false }
        let text = line.text
        return OracleLineKinds.isSourceLine(text) || OracleLineKinds.isByline(text) || OracleLineKinds.isDateline(text)
            || OracleLineKinds.isAboutTheAuthor(text)
    }

    /// Whether `next` continues the paragraph that `line` is part of (same block assumed).
    func joins(_ line: OracleSourceLine, _ next: OracleSourceLine) -> Bool {
        guard let width = wrapWidth else { return false }
        if Self.startsListItem(next.text) || OracleLineKinds.isAboutTheAuthor(line.text) { return false }
        if OracleSentenceRules.startsLowercase(next.text) { return true }
        if OracleSentenceRules.endsSentence(line.text) {
            let firstWord = next.text.prefix(while: { $0 != " " })
            if line.width + 1 + OracleDisplayWidth.of(firstWord) <= width { return false }
        }
        return true
    }

    /// Whether a line starts a list item ("- ", "* ", "• ", "1. ").
    static func startsListItem(_ text: Substring) -> Bool {
        if ["- ", "* ", "• ", "– ", "— "].contains(where: { text.hasPrefix($0) }) { return true }
        return OracleLineKinds.withoutNumber(text) != text
    }

    /// Groups consecutive lines into paragraphs: a new one at each block and
    /// wherever ``joins(_:_:)`` says no. Lines are joined with one space.
    func paragraphs(_ lines: ArraySlice<OracleSourceLine>) -> [String] {
        var result: [String] = []
        var parts: [Substring] = []
        var previous: OracleSourceLine?
        for line in lines {
            if let previous, !(previous.block == line.block && joins(previous, line)) {
                result.append(parts.joined(separator: " "))
                parts.removeAll(keepingCapacity: true)
            }
            parts.append(line.text)
            previous = line
        }
        if !parts.isEmpty { result.append(parts.joined(separator: " ")) }
        return result
    }
}
