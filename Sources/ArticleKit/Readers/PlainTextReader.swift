/// Reads plain-text articles: the line rules of ``ArticleParser`` find the
/// title, byline, dateline, question headings, sources and author note.
public enum PlainTextReader: DocumentReader {
    /// Decodes `bytes` (repairing invalid UTF-8) and reads them.
    public static func read(_ bytes: [UInt8], context: ReadContext) -> Document {
        document(from: ArticleParser.parsed(bytes: bytes), source: context.source)
    }

    /// Reads decoded text.
    public static func read(text: String, source: DocumentSource = .none) -> Document {
        document(from: ArticleParser.parsed(text), source: source)
    }

    /// The document for a parsed public ``Article`` (the same blocks as the reader makes).
    public static func document(from article: Article, source: DocumentSource = .none) -> Document {
        document(from: ParsedArticle(article), source: source)
    }

    /// The document for a parsed article: title, byline and dateline become
    /// metadata; headings are question headings; sources and the author note
    /// are closing blocks, in that order.
    static func document(from article: ParsedArticle, source: DocumentSource = .none) -> Document {
        var blocks: [Block] = []
        blocks.reserveCapacity(article.paragraphs.count + article.headings.count + article.sources.count + article.authorNote.count)
        var next = 0
        for index in 0...article.headings.count {
            let end = index < article.headings.count ? article.headings[index].firstParagraph : article.paragraphs.count
            while next < end {
                blocks.append(linked(Block(.paragraph, text: article.paragraphs[next])))
                next += 1
            }
            if index < article.headings.count {
                blocks.append(Block(.heading, role: .question, level: 2, text: article.headings[index].text))
            }
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
