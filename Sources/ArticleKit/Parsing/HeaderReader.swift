/// Finds the title, byline and dateline at the top of an article.
///
/// The first line is a title when the article has more than one line and the
/// first line is short (at most 120 columns, 20 words), does not end in
/// `.`, `,`, `;`, `:` or `…`, is not quoted, and stands apart: alone in its
/// block, or followed by a byline or date, or the text is one line per
/// paragraph. A title ending in "?" needs a byline or date under it (else it is
/// a question heading). Then up to one "By ..." line and one date line, in
/// either order, belong to the header.
struct HeaderReader {
    var title: String?
    var byline: String?
    var dateline: String?
    /// How many lines the header took.
    var count = 0

    init(lines: [SourceLine], joiner: ParagraphJoiner) {
        guard lines.count >= 2 else { return }
        if Self.isTitle(lines[0], next: lines[1], hardWrapped: joiner.wrapWidth != nil) {
            title = lines[0].string
            count = 1
        }
        while count < lines.count - 1 {
            let line = lines[count].text
            if byline == nil, LineKinds.isByline(line) {
                byline = String(line)
            } else if dateline == nil, LineKinds.isDateline(line) {
                dateline = String(line)
            } else {
                break
            }
            count += 1
        }
    }

    /// Whether a title's last character ends a sentence or a clause instead (ASCII or full-width).
    /// Each of these is one scalar, so the last scalar decides; a scalar, unlike a `Character`, needs
    /// no type metadata looked up by name at run time (the first time, before the first screen).
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "…", "。", "，", "；", "：": return true
        default: return false
        }
    }

    /// Whether `line`, the first line, is a title.
    static func isTitle(_ line: SourceLine, next: SourceLine, hardWrapped: Bool) -> Bool {
        let text = line.text
        guard text.isShort(maxWidth: 120), SentenceRules.wordCount(text) <= 20,
              text.contains(where: { $0.isLetter }), !SentenceRules.startsWithQuote(text),
              let last = text.unicodeScalars.last, !endsClause(last) else { return false }
        if LineKinds.isByline(text) || LineKinds.isDateline(text) || LineKinds.isSourceLine(text) || LineKinds.isAuthorIntro(text) {
            return false
        }
        let headerFollows = LineKinds.isByline(next.text) || LineKinds.isDateline(next.text)
        if SentenceRules.endsWithQuestionMark(text) { return headerFollows }
        if headerFollows || next.block != line.block { return true }
        return !hardWrapped && !SentenceRules.hasSeveralSentences(text)
    }
}
