/// Finds the author note and the source lines at the end of an article.
///
/// Author note: an "About the author" line within the last 40 lines, or, among
/// the last three paragraph starts, the earliest that reads
/// "<Name> is a journalist/reporter/writer/editor/..." (a capitalised name of
/// at most five words, then "is"/"was", then a role word within ten words).
/// The note runs from there to the end. Sources: the run of source lines
/// ("Source: X", "According to X", "Via X", "Photo: X", ...) just before the
/// author note, or at the very end when there is none; each must start its
/// paragraph (first in its block, or after a line that ends a sentence).
struct TrailerReader {
    /// Index of the first source line (equal to ``authorStart`` when there are none).
    var sourcesStart: Int
    /// Index of the first author note line (equal to the line count when there is none).
    var authorStart: Int

    init(lines: [SourceLine], from bodyStart: Int, joiner: ParagraphJoiner) {
        authorStart = Self.authorNoteStart(lines, from: bodyStart, joiner: joiner) ?? lines.count
        sourcesStart = authorStart
        while sourcesStart - 1 >= bodyStart, Self.isSource(at: sourcesStart - 1, in: lines) {
            sourcesStart -= 1
        }
    }

    /// Whether the line at `index` is a source line standing on its own.
    static func isSource(at index: Int, in lines: [SourceLine]) -> Bool {
        let line = lines[index]
        guard line.isSourceLine else { return false }
        guard index > 0, lines[index - 1].block == line.block else { return true }
        let previous = lines[index - 1]
        return previous.endsSentence || previous.isSourceLine
    }

    /// The index where the author note begins, if the article has one.
    static func authorNoteStart(_ lines: [SourceLine], from bodyStart: Int, joiner: ParagraphJoiner) -> Int? {
        let earliest = max(bodyStart, lines.count - 40)
        if let about = (earliest..<lines.count).last(where: { lines[$0].isAboutTheAuthor }) {
            return about
        }
        var starts: [Int] = []
        var index = lines.count - 1
        while index >= bodyStart, starts.count < 3 {
            if index == bodyStart || !joiner.continuesPrevious[index] {
                starts.append(index)
            }
            index -= 1
        }
        // Keep at least one line of body: a lone author-like line is the article itself.
        return starts.reversed().first { $0 > bodyStart && LineKinds.isAuthorIntro(lines[$0].text) }
    }
}
