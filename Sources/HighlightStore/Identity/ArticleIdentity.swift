import ArticleKit

/// Which article a record belongs to: path as given, title, and text fingerprint.
public struct ArticleIdentity: Sendable, Equatable, Hashable {
    /// The path as the user gave it when the record was made.
    public var path: String
    /// The article's title for display, if known.
    public var title: String?
    /// ``TextFingerprint`` of the article's projected text (see ``TextFingerprint/of(projection:)``).
    public var fingerprint: String
    /// The fingerprint stores written before documents existed gave a plain-text
    /// article (of its whole file text); matched too, never written. Not part
    /// of equality: it is derived from the same article.
    public var legacyFingerprint: String?

    /// Creates an identity from its parts.
    public init(path: String, title: String?, fingerprint: String, legacyFingerprint: String? = nil) {
        self.path = path
        self.title = title
        self.fingerprint = fingerprint
        self.legacyFingerprint = legacyFingerprint
    }

    /// The identity of a loaded article: fingerprint of its projection (and,
    /// for plain text, of its file text as older stores had it), its display title.
    ///
    /// `legacy: false` skips the older fingerprint, for a store with no records
    /// (nothing there can have been written before documents existed).
    public init(_ loaded: LoadedArticle, projection: TextProjection? = nil, legacy: Bool = true) {
        self.init(path: loaded.path, title: loaded.displayTitle,
                  fingerprint: TextFingerprint.of(projection: projection ?? TextProjection(loaded.document)),
                  legacyFingerprint: legacy ? loaded.text.map(TextFingerprint.of) : nil)
    }

    /// Whether a record made for `other` belongs to this article.
    ///
    /// Same fingerprint means the same text, wherever the file now lives (moved
    /// or renamed, or a page fetched again with new markup); same path means the
    /// same file whose text has since changed.
    public func matches(_ other: ArticleIdentity) -> Bool {
        fingerprint == other.fingerprint || path == other.path
            || (legacyFingerprint != nil && legacyFingerprint == other.fingerprint)
    }

    /// Equal when path, title and fingerprint are equal.
    public static func == (lhs: ArticleIdentity, rhs: ArticleIdentity) -> Bool {
        lhs.path == rhs.path && lhs.title == rhs.title && lhs.fingerprint == rhs.fingerprint
    }

    /// Hashes path, title and fingerprint.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(title)
        hasher.combine(fingerprint)
    }
}
