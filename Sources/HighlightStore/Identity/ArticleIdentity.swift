import ArticleKit

/// Which article a record belongs to: path as given, title, and text fingerprint.
public struct ArticleIdentity: Sendable, Equatable, Hashable {
    /// The path as the user gave it when the record was made.
    public var path: String
    /// The article's title for display, if known.
    public var title: String?
    /// ``TextFingerprint`` of the article's text.
    public var fingerprint: String

    /// Creates an identity from its parts.
    public init(path: String, title: String?, fingerprint: String) {
        self.path = path
        self.title = title
        self.fingerprint = fingerprint
    }

    /// The identity of a loaded article (fingerprint of its text, its display title).
    public init(_ loaded: LoadedArticle) {
        self.init(path: loaded.path, title: loaded.displayTitle, fingerprint: TextFingerprint.of(loaded.text))
    }

    /// Whether a record made for `other` belongs to this article.
    ///
    /// Same fingerprint means the same text, wherever the file now lives (moved
    /// or renamed); same path means the same file whose text has since changed.
    public func matches(_ other: ArticleIdentity) -> Bool {
        fingerprint == other.fingerprint || path == other.path
    }
}
