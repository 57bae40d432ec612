/// Why an article file could not be opened; each case reads as one line for stderr.
public enum ArticleLoadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)
    case noText(String)

    /// A one-line message naming the path and the problem.
    public var description: String {
        switch self {
        case .missing(let p): "\(p): no such file"
        case .directory(let p): "\(p): is a directory, not an article"
        case .unreadable(let p, let r): "\(p): cannot be read (\(r))"
        case .empty(let p): "\(p): the file is empty"
        case .binary(let p): "\(p): looks like a binary file, not text"
        case .noText(let p): "\(p): no readable text found in it"
        }
    }
}

/// An article read from a file, standard input or the network: its path, document and title.
public struct LoadedArticle: Sendable {
    /// The path it was read from ("-" for stdin, the URL for a fetched page).
    public var path: String
    /// The document a format reader made of it.
    public var document: Document
    /// The decoded text of a plain-text article (repaired UTF-8, no BOM), kept
    /// for the fingerprint that stores written before documents existed used;
    /// `nil` for other formats.
    public var text: String?
    /// A title for display: never empty, never a hash-like file name.
    public var displayTitle: String

    /// Creates a loaded article; `displayTitle` defaults to ``DisplayTitle/make(for:path:)``.
    public init(path: String, document: Document, text: String? = nil, displayTitle: String? = nil) {
        self.path = path
        self.document = document
        self.text = text
        self.displayTitle = displayTitle ?? DisplayTitle.make(for: document, path: path)
    }

    /// The format the article was read as.
    public var format: DocumentFormat { document.metadata.format }

    /// Checks bytes already read, finds their format and reads them (for stdin,
    /// `path` is a label such as "-"; for a page, `mediaType` is its Content-Type).
    public static func from(bytes: [UInt8], path: String, mediaType: String? = nil,
                            context: ReadContext? = nil) throws(ArticleLoadError) -> LoadedArticle {
        if BinarySniffer.isBinary(bytes) {
            throw .binary(path)
        }
        let source: DocumentSource = path == "-" ? .standardInput : .path(path)
        let context = context ?? ReadContext(source: source)
        let format = FormatSniffer.format(of: bytes, mediaType: mediaType, name: path == "-" ? nil : path)
        if format == .text {
            let text = TextDecoding.decode(bytes)
            if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty(path) }
            let document = PlainTextReader.read(text: text, source: context.source)
            let title = DisplayTitle.make(for: document, path: path == "-" ? nil : path)
            return LoadedArticle(path: path, document: document, text: text, displayTitle: title)
        }
        let document = FormatReaders.read(bytes, as: format, context: context)
        if document.blocks.isEmpty { throw .noText(path) }
        let title = DisplayTitle.make(for: document, path: path == "-" ? nil : path)
        return LoadedArticle(path: path, document: document, displayTitle: title)
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
