/// Parses plain-text articles into an ``Article``.
public enum ArticleParser {
    /// Parses decoded text (any line endings) into an article.
    public static func parse(_ text: String) -> Article {
        // STUB: replaced by the real parser.
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        var sections = [Section(heading: nil, paragraphs: [])]
        for line in lines {
            if line.hasSuffix("?") && line.count < 80 { sections.append(Section(heading: line, paragraphs: [])) }
            else { sections[sections.count - 1].paragraphs.append(line) }
        }
        return Article(sections: sections)
    }

    /// Decodes bytes (repairing invalid UTF-8, dropping a BOM) and parses them.
    public static func parse(bytes: [UInt8]) -> Article {
        parse(TextDecoding.decode(bytes))
    }
}
