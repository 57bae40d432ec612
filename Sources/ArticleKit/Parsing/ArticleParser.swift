/// Parses plain-text articles into an ``Article``.
///
/// The text's bytes are split into trimmed non-blank lines (linear time, no
/// character indexing over the whole text), then read in four steps: the header
/// (``HeaderReader``), the trailer of sources and author note
/// (``TrailerReader``), the headings of the body (``HeadingFinder``) and the
/// paragraphs between them (``ParagraphJoiner``). Every non-blank line ends up
/// in exactly one place of the result.
public enum ArticleParser {
    /// Parses decoded text (any line endings) into an article.
    public static func parse(_ text: String) -> Article {
        parsed(text).article
    }

    /// Decodes bytes (repairing invalid UTF-8, dropping a BOM) and parses them.
    public static func parse(bytes: [UInt8]) -> Article {
        parsed(bytes: bytes).article
    }

    /// ``parse(_:)`` in the parser's own flat form.
    static func parsed(_ text: String) -> ParsedArticle {
        var text = text
        return text.withUTF8(parse(validUTF8:))
    }

    /// Parses valid UTF-8 (any line endings); the lines point into `bytes`, and every
    /// string in the result is copied out of it.
    static func parse(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> ParsedArticle {
        parse(lines: LineSplitter.lines(of: bytes) ?? [])
    }

    /// Reads the article from its lines (see ``LineSplitter``).
    static func parse(lines: [SourceLine]) -> ParsedArticle {
        let joiner = ParagraphJoiner(lines: lines)
        let header = HeaderReader(lines: lines, joiner: joiner)
        let trailer = TrailerReader(lines: lines, from: header.count, joiner: joiner)
        let body = lines[header.count..<trailer.sourcesStart]
        let isHeading = HeadingFinder.headings(in: body, joiner: joiner)

        var paragraphs: [String] = []
        paragraphs.reserveCapacity(body.count)  // at most one paragraph a line: it never grows
        var headings: [(text: String, firstParagraph: Int)] = []
        var runStart = body.startIndex
        for (offset, index) in body.indices.enumerated() where isHeading[offset] {
            joiner.appendParagraphs(of: body[runStart..<index], to: &paragraphs)
            headings.append((body[index].string, paragraphs.count))
            runStart = index + 1
        }
        joiner.appendParagraphs(of: body[runStart..<body.endIndex], to: &paragraphs)

        return ParsedArticle(
            title: header.title,
            byline: header.byline,
            dateline: header.dateline,
            paragraphs: paragraphs,
            headings: headings,
            sources: lines[trailer.sourcesStart..<trailer.authorStart].map(\.string),
            authorNote: joiner.paragraphs(lines[trailer.authorStart...])
        )
    }

    /// Decodes bytes (repairing invalid UTF-8, dropping a BOM) and parses them, in the
    /// parser's own flat form.
    ///
    /// Valid UTF-8 is parsed where it lies, with no decoded copy of the whole text
    /// (line ends are the same with CR left in); only invalid bytes are repaired first.
    static func parsed(bytes: [UInt8]) -> ParsedArticle {
        let parsed = bytes.withUnsafeBufferPointer { all -> ParsedArticle? in
            LineSplitter.lines(of: TextDecoding.withoutBOM(all)).map(parse(lines:))
        }
        return parsed ?? self.parsed(TextDecoding.decode(bytes))
    }
}
