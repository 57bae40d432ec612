/// The reader of each input format.
public enum FormatReaders {
    /// Reads `bytes` as `format`.
    public static func read(_ bytes: [UInt8], as format: DocumentFormat, context: ReadContext) -> Document {
        switch format {
        case .text: PlainTextReader.read(bytes, context: context)
        // Until their readers land, pages are read as their text.
        case .html: PlainTextReader.read(bytes, context: context)
        case .markdown: MarkdownReader.read(bytes, context: context)
        }
    }
}
