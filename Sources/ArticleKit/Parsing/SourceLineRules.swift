/// The line rules that the parse asks of every line, answered from the line's bytes.
///
/// Each answer equals the ``LineKinds`` or ``SentenceRules`` rule on ``SourceLine/text``:
/// it either tests a necessary condition on the bytes first (a source line
/// starts with one of a few ASCII letters, a byline with `B`/`b`/`W`/`w`, an
/// "About the author" line has 16 to 40 bytes) and then runs the rule, or,
/// for a line of ASCII only (one byte, one `Character`), answers byte by byte.
extension SourceLine {
    /// The first byte (a line is never empty).
    var firstByte: UInt8 { bytes[0] }

    /// ``SentenceRules/endsSentence(_:)``.
    var endsSentence: Bool {
        guard isASCII else { return SentenceEndBytes.endsSentence(bytes) ?? SentenceRules.endsSentence(text) }
        var index = bytes.count - 1
        while index >= 0, ASCIILines.isCloser(bytes[index]) { index -= 1 }
        guard index >= 0 else { return false }
        let last = bytes[index]
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A  // . ! ? :
    }

    /// ``SentenceRules/startsLowercase(_:)``.
    var startsLowercase: Bool {
        if let ascii = ASCIILines.startsLowercase(bytes) { return ascii }
        if SentenceRules.startsWithIdeograph(bytes) { return false }
        return SentenceRules.startsLowercase(text)
    }

    /// ``LineKinds/isSourceLine(_:)``: byte by byte for printable ASCII (``ASCIISources``), else
    /// only when its first character is one of `SsPpIiCcRrAaVvOoFfTt(` and it may start like one.
    var isSourceLine: Bool {
        if isPrintableASCII { return ASCIISources.isSourceLine(bytes) }
        switch firstByte | 0x20 {
        case 0x73, 0x70, 0x69, 0x63, 0x72, 0x61, 0x76, 0x6F, 0x66, 0x74, 0x28:
            return LineKinds.sourcePrefixes.mayStart(bytes) && LineKinds.isSourceLine(text)
        default: return false  // `(` | 0x20 is `(`; no other byte maps onto these
        }
    }

    /// ``LineKinds/isByline(_:)``: its first character is one of `BbWw`.
    var isByline: Bool {
        (firstByte | 0x20 == 0x62 || firstByte | 0x20 == 0x77) && LineKinds.bylinePrefixes.mayStart(bytes)
            ? LineKinds.isByline(text) : false
    }

    /// ``LineKinds/isAboutTheAuthor(_:)``: such a line has 16 to 40 bytes.
    var isAboutTheAuthor: Bool {
        (16...40).contains(bytes.count) && LineKinds.opensWithAbout(bytes) && LineKinds.isAboutTheAuthor(text)
    }

    /// ``LineKinds/isDateline(_:)``, byte by byte for an ASCII line.
    ///
    /// Every line's width is exact up to 60 columns, so isShort(maxWidth: 60) is
    /// width <= 60; that and a digit are needed before any other line runs the rule.
    var isDateline: Bool {
        guard width <= 60, bytes.contains(where: ASCIILines.isDigit) else { return false }
        guard isASCII else { return LineKinds.isDateline(text) }
        return ASCIILines.wordCount(bytes) <= 8 && (ASCIILines.hasMonthName(bytes) || ASCIILines.hasNumericDate(bytes))
    }

    /// ``LineKinds/isQuestionHeadingText(_:)``: the last byte is that of `?` or `？`;
    /// a line of printable ASCII (``ASCIIHeadings``) or of ideographs (``IdeographicHeadings``)
    /// is answered on its bytes.
    var isQuestionHeadingText: Bool {
        let last = bytes[bytes.count - 1]
        guard last == 0x3F || last == 0x9F else { return false }
        if isPrintableASCII { return ASCIIHeadings.isQuestionHeadingText(bytes) }
        if let ideographic = IdeographicHeadings.isQuestionHeadingText(bytes) { return ideographic }
        return LineKinds.isQuestionHeadingText(text)
    }

    /// ``ParagraphJoiner/startsListItem(_:)``.
    var startsListItem: Bool {
        let first = firstByte
        return first == 0x2D || first == 0x2A || first == 0xE2 || ASCIILines.isDigit(first)
            ? ParagraphJoiner.startsListItem(text) : false
    }

    /// The width of the text before its first space (``DisplayWidth`` of `text.prefix(while: { $0 != " " })`).
    var firstWordWidth: Int {
        guard isASCII else { return DisplayWidth.of(text.prefix(while: { $0 != " " })) }
        var width = 0
        for byte in bytes {
            if byte == 0x20 { break }
            if byte > 0x20 && byte < 0x7F { width += 1 }
        }
        return width
    }
}
