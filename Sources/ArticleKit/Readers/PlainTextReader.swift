/// Reads plain-text articles: the line rules of ``ArticleParser`` find the
/// title, byline, dateline, question headings, sources and author note.
public enum PlainTextReader: DocumentReader {
    /// Decodes `bytes` (repairing invalid UTF-8) and reads them.
    public static func read(_ bytes: [UInt8], context: ReadContext) -> Document {
        document(from: ArticleParser.parse(bytes: bytes), source: context.source)
    }

    /// Reads decoded text.
    public static func read(text: String, source: DocumentSource = .none) -> Document {
        document(from: ArticleParser.parse(text), source: source)
    }

    /// The document for a parsed article: title, byline and dateline become
    /// metadata; headings are question headings; sources and the author note
    /// are closing blocks, in that order.
    public static func document(from article: Article, source: DocumentSource = .none) -> Document {
        var count = article.sources.count + article.authorNote.count
        for section in article.sections { count += section.paragraphs.count + 1 }
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        for section in article.sections {
            if let heading = section.heading {
                blocks.append(Block(.heading, role: .question, level: 2, text: heading))
            }
            for paragraph in section.paragraphs { blocks.append(linked(Block(.paragraph, text: paragraph))) }
        }
        for line in article.sources { blocks.append(linked(Block(.paragraph, role: .source, text: line))) }
        for paragraph in article.authorNote { blocks.append(linked(Block(.paragraph, role: .authorNote, text: paragraph))) }
        let metadata = DocumentMetadata(title: article.title, byline: article.byline, date: article.dateline,
                                        source: source, format: .text)
        return Document(metadata: metadata, blocks: blocks)
    }

    /// `block` with the URLs written in its text as links (see ``TextLinks``).
    private static func linked(_ block: Block) -> Block {
        var block = block
        block.spans = TextLinks.spans(in: block.text)
        return block
    }
}
