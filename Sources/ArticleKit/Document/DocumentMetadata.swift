/// What a document says about itself: title, byline, date, site, and where it came from.
public struct DocumentMetadata: Sendable, Equatable {
    /// The article's title, when the input names one.
    public var title: String?
    /// The author line ("By Jane Doe"), when present.
    public var byline: String?
    /// The date as the input gives it (a dateline, or an ISO 8601 date from a page).
    public var date: String?
    /// The publication's name (OpenGraph `og:site_name`), when known.
    public var siteName: String?
    /// The page's address (the fetched URL, or the page's canonical URL).
    public var url: String?
    /// Where the bytes came from.
    public var source: DocumentSource
    /// The format the bytes were read as.
    public var format: DocumentFormat
    /// A reader's note about the input, shown to the user ("not an article: …").
    public var notice: String?

    /// Creates metadata; everything but the source and format is optional.
    public init(title: String? = nil, byline: String? = nil, date: String? = nil, siteName: String? = nil,
                url: String? = nil, source: DocumentSource = .none, format: DocumentFormat = .text,
                notice: String? = nil) {
        self.title = title
        self.byline = byline
        self.date = date
        self.siteName = siteName
        self.url = url
        self.source = source
        self.format = format
        self.notice = notice
    }
}

/// Where a document's bytes came from.
public enum DocumentSource: Sendable, Equatable {
    /// Not recorded (a document built in code).
    case none
    /// A file, by the path the user gave.
    case path(String)
    /// Standard input.
    case standardInput
    /// A page fetched from this URL.
    case url(String)
    /// An entry of a feed, by its id.
    case feedEntry(String)
}

/// The input formats Folio reads.
public enum DocumentFormat: String, Sendable, Equatable, CaseIterable {
    case text, html, markdown
}
