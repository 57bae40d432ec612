/// The reader of each input format.
public enum FormatReaders {
    /// Reads `bytes` as `format`.
    public static func read(_ bytes: [UInt8], as format: DocumentFormat, context: ReadContext) -> Document {
        switch format {
        case .text: PlainTextReader.read(bytes, context: context)
        case .html: HTMLReader.read(bytes, context: context)
        case .markdown: MarkdownReader.read(bytes, context: context)
        }
    }
}
