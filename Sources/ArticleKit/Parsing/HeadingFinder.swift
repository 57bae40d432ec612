/// Decides which body lines are section headings.
///
/// A line is a question heading when its text passes
/// ``LineKinds/isQuestionHeadingText(_:)`` and it starts a paragraph: in
/// hard-wrapped text it must be first in its block or follow a line that
/// ``ParagraphJoiner`` would not join to it, and the next line of its block
/// must not continue it in lower case. A line without a question mark is a heading only when blank lines set
/// it apart (a block of one line), its text passes
/// ``LineKinds/isPlainHeadingText(_:)`` and more body text follows it.
/// A body of a single line never has a heading.
enum HeadingFinder {
    /// For each body line, whether it is a heading.
    static func headings(in lines: ArraySlice<SourceLine>, joiner: ParagraphJoiner) -> [Bool] {
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
            if line.isQuestionHeadingText {
                let startsParagraph = index == lines.startIndex || !joiner.continuesPrevious[index]
                let continued = hardWrapped && !lastInBlock && next!.startsLowercase
                flags.append(startsParagraph && !continued)
            } else {
                flags.append(firstInBlock && lastInBlock && next != nil && LineKinds.isPlainHeadingText(line.text))
            }
        }
        return flags
    }
}
