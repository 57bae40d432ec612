// Frozen copy of Sources/ArticleKit/Parsing/ArticleParser.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

import ArticleKit

/// Parses plain-text articles into an ``Article``.
///
/// The text is split into trimmed non-blank lines (linear time, no character
/// indexing over the whole text), then read in four steps: the header
/// (``OracleHeaderReader``), the trailer of sources and author note
/// (``OracleTrailerReader``), the headings of the body (``OracleHeadingFinder``) and the
/// paragraphs between them (``OracleParagraphJoiner``). Every non-blank line ends up
/// in exactly one place of the result.
enum OracleArticleParser {
    /// Parses decoded text (any line endings) into an article.
    static func parse(_ text: String) -> Article {
        let lines = OracleLineSplitter.lines(of: text)
        let joiner = OracleParagraphJoiner(lines: lines)
        let header = OracleHeaderReader(lines: lines, joiner: joiner)
        let trailer = OracleTrailerReader(lines: lines, from: header.count, joiner: joiner)
        let body = lines[header.count..<trailer.sourcesStart]
        let isHeading = OracleHeadingFinder.headings(in: body, joiner: joiner)

        var sections = [Section(heading: nil, paragraphs: [])]
        var runStart = body.startIndex
        func closeRun(at end: Int) {
            sections[sections.count - 1].paragraphs += joiner.paragraphs(body[runStart..<end])
        }
        for (offset, index) in body.indices.enumerated() where isHeading[offset] {
            closeRun(at: index)
            sections.append(Section(heading: String(body[index].text), paragraphs: []))
            runStart = index + 1
        }
        closeRun(at: body.endIndex)

        return Article(
            title: header.title,
            byline: header.byline,
            dateline: header.dateline,
            sections: sections,
            sources: lines[trailer.sourcesStart..<trailer.authorStart].map { String($0.text) },
            authorNote: joiner.paragraphs(lines[trailer.authorStart...])
        )
    }

    /// Decodes bytes (repairing invalid UTF-8, dropping a BOM) and parses them.
    static func parse(bytes: [UInt8]) -> Article {
        parse(OracleTextDecoding.decode(bytes))
    }
}
