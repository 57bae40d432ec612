/// The start of a large article, parsed so the reader can paint before the rest is read.
///
/// A terminal shows a few kilobytes at a time, so for a file much larger than
/// that the reader parses only its first lines, paints them, and then loads
/// the whole file (``ArticleLoader/load(path:)``) and repaints. The preview is
/// cut after the last line break in the first `maxBytes` bytes. Its first
/// screen is the whole article's first screen unless the writer's style
/// changes further on (paragraph joining looks at all lines); the second paint
/// then corrects it.
public enum ArticlePreview {
    /// The preview of the file at `path`, or `nil` when the file is small enough
    /// (at most twice `maxBytes`) to load whole, or its start holds no complete
    /// non-blank line. Throws the same errors as ``ArticleLoader/load(path:)``
    /// for missing, unreadable, directory and binary files.
    public static func load(path: String, maxBytes: Int) throws(ArticleLoadError) -> LoadedArticle? {
        guard let prefix = try FileBytes.prefix(of: path, maxBytes: maxBytes, unlessSmallerThan: 2 * maxBytes) else {
            return nil
        }
        guard let lastBreak = prefix.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        let lines = Array(prefix[..<lastBreak])
        if BinarySniffer.isBinary(prefix) { throw .binary(path) }
        // Only plain text reads the same from its first lines; a page is read whole.
        guard FormatSniffer.format(of: prefix, name: path) == .text else { return nil }
        return try? LoadedArticle.from(bytes: lines, path: path)
    }

    /// A preview size for a terminal of `columns` x `rows`: room for a screen of
    /// text and the outline's headings, at least 16 KB.
    public static func bytes(columns: Int, rows: Int) -> Int {
        max(16_384, columns * rows * 8)
    }
}
