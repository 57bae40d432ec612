/// Reads Markdown (CommonMark with GitHub tables and strikethrough) into a document.
///
/// The bytes are decoded as UTF-8 with repair and no BOM (``TextDecoding``);
/// YAML front matter gives the title, byline (`author`) and date
/// (``FrontMatter``); cmark-gfm parses the rest (``CmarkParser``) and
/// ``MarkdownBlockBuilder`` maps its tree onto blocks. Every heading starts a
/// section. The title is the front matter's `title`, else a level-1 heading
/// that opens the document and is its only level-1 heading; such a heading
/// becomes the title and is not also a block (nor is one that repeats the
/// front matter's title). Links resolve against ``ReadContext/url`` when it
/// is given (``URLReference``).
public enum MarkdownReader: DocumentReader {
    /// Decodes `bytes` (repairing invalid UTF-8, dropping a BOM) and reads them.
    public static func read(_ bytes: [UInt8], context: ReadContext) -> Document {
        read(text: TextDecoding.decode(bytes), context: context)
    }

    /// Reads decoded Markdown text (`\n` line ends).
    public static func read(text: String, context: ReadContext = ReadContext()) -> Document {
        let (frontMatter, body) = FrontMatter.split(text)
        var blocks = CmarkParser.withTree(body) { MarkdownBlockBuilder.blocks(of: $0, baseURL: context.url) }
        var title = frontMatter?.title
        if let first = blocks.first, first.kind == .heading, first.level == 1, !first.text.isEmpty,
           title == nil || title == first.text,
           !blocks.dropFirst().contains(where: { $0.kind == .heading && $0.level == 1 }) {
            title = first.text
            blocks.removeFirst()
        }
        let metadata = DocumentMetadata(title: title, byline: frontMatter?.author, date: frontMatter?.date,
                                        url: context.url, source: context.source, format: .markdown)
        return Document(metadata: metadata, blocks: blocks)
    }
}
