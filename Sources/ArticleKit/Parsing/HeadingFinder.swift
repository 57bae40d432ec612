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
            let block = lines[index].block
            let firstInBlock = index == lines.startIndex || lines[index - 1].block != block
            let hasNext = index + 1 < lines.endIndex
            let lastInBlock = !hasNext || lines[index + 1].block != block
            if lines[index].isQuestionHeadingText {
                let startsParagraph = index == lines.startIndex || !joiner.continuesPrevious[index]
                let continued = hardWrapped && !lastInBlock && lines[index + 1].startsLowercase
                flags.append(startsParagraph && !continued)
            } else {
                // isPlainHeadingText needs at most 60 columns; widths are exact that far.
                flags.append(firstInBlock && lastInBlock && hasNext && lines[index].width <= 60
                    && LineKinds.isPlainHeadingText(lines[index].text))
            }
        }
        return flags
    }
}
