import Foundation

/// Why an article file could not be opened; each case reads as one line for stderr.
public enum ArticleLoadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)

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
    public var path: String
    public var text: String
    public var article: Article
    /// A title for display: never empty, never a hash-like file name.
    public var displayTitle: String
}

/// Reads article files with clear errors for every bad input.
public enum ArticleLoader {
    /// Reads and parses the file at `path`, or throws an ``ArticleLoadError``.
    public static func load(path: String) throws(ArticleLoadError) -> LoadedArticle {
        // STUB
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path) }
        let text = TextDecoding.decode([UInt8](data))
        let article = ArticleParser.parse(text)
        return LoadedArticle(path: path, text: text, article: article, displayTitle: article.title ?? "Article")
    }
}
