/// Why an article file could not be opened; each case reads as one line for stderr.
public enum ArticleLoadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)

    /// A one-line message naming the path and the problem.
    public var description: String {
        switch self {
        case .missing(let p): "\(p): no such file"
        case .directory(let p): "\(p): is a directory, not an article"
        case .unreadable(let p, let r): "\(p): cannot be read (\(r))"
        case .empty(let p): "\(p): the file is empty"
        case .binary(let p): "\(p): looks like a binary file, not text"
        }
    }
}

/// An article read from disk: its path, bytes, text and structure.
public struct LoadedArticle: Sendable {
    /// The path it was read from ("-" for stdin).
    public var path: String
    /// The decoded text: repaired UTF-8, no BOM, `\n` line endings.
    public var text: String
    /// The parsed structure.
    public var article: Article
    /// A title for display: never empty, never a hash-like file name.
    public var displayTitle: String

    /// Creates a loaded article; `displayTitle` defaults to ``DisplayTitle/make(for:path:)``.
    public init(path: String, text: String, article: Article, displayTitle: String? = nil) {
        self.path = path
        self.text = text
        self.article = article
        self.displayTitle = displayTitle ?? DisplayTitle.make(for: article, path: path)
    }

    /// Checks, decodes and parses bytes already read (for stdin, where `path` is a label such as "-").
    public static func from(bytes: [UInt8], path: String) throws(ArticleLoadError) -> LoadedArticle {
        let text = TextDecoding.decode(bytes)
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty(path) }
        if BinarySniffer.isBinary(bytes) { throw .binary(path) }
        let article = ArticleParser.parse(text)
        let title = DisplayTitle.make(for: article, path: path == "-" ? nil : path)
        return LoadedArticle(path: path, text: text, article: article, displayTitle: title)
    }
}

/// Reads article files with clear errors for every bad input.
public enum ArticleLoader {
    /// Reads and parses the file at `path`, or throws an ``ArticleLoadError``.
    ///
    /// Checks in order: the path exists (`.missing`), is not a directory
    /// (`.directory`), can be opened and read (`.unreadable` with the system's
    /// reason), has something besides white space (`.empty`) and is text
    /// (`.binary`, see ``BinarySniffer``).
    public static func load(path: String) throws(ArticleLoadError) -> LoadedArticle {
        let bytes = try FileBytes.contents(of: path)
        return try LoadedArticle.from(bytes: bytes, path: path)
    }
}
