// Frozen copy of Sources/ArticleKit/Parsing/HeadingFinder.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

/// Decides which body lines are section headings.
///
/// A line is a question heading when its text passes
/// ``OracleLineKinds/isQuestionHeadingText(_:)`` and it starts a paragraph: in
/// hard-wrapped text it must be first in its block or follow a line that
/// ``OracleParagraphJoiner`` would not join to it, and the next line of its block
/// must not continue it in lower case. A line without a question mark is a heading only when blank lines set
/// it apart (a block of one line), its text passes
/// ``OracleLineKinds/isPlainHeadingText(_:)`` and more body text follows it.
/// A body of a single line never has a heading.
enum OracleHeadingFinder {
    /// For each body line, whether it is a heading.
    static func headings(in lines: ArraySlice<OracleSourceLine>, joiner: OracleParagraphJoiner) -> [Bool] {
        let hardWrapped = joiner.wrapWidth != nil
        guard lines.count > 1 else { return Array(repeating: false, count: lines.count) }
        var flags: [Bool] = []
        flags.reserveCapacity(lines.count)
        for index in lines.indices {
            let line = lines[index]
            let previous = index > lines.startIndex ? lines[index - 1] : nil
            let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
            let firstInBlock = previous?.block != line.block
            let lastInBlock = next?.block != line.block
            if OracleLineKinds.isQuestionHeadingText(line.text) {
                let startsParagraph = !hardWrapped || firstInBlock || !joiner.joins(previous!, line)
                let continued = hardWrapped && !lastInBlock && OracleSentenceRules.startsLowercase(next!.text)
                flags.append(startsParagraph && !continued)
            } else {
                flags.append(firstInBlock && lastInBlock && next != nil && OracleLineKinds.isPlainHeadingText(line.text))
            }
        }
        return flags
    }
}
