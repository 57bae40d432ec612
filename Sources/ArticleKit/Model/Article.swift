/// The structure of one article: title, lead, question sections, sources and author note.
///
/// The lead is always `sections[0]`, with a `nil` heading (its paragraphs may be
/// empty when the article opens with a heading). Every non-blank line of the
/// input appears in exactly one place: the title, the byline, the dateline, a
/// heading, a paragraph, a source line or the author note.
public struct Article: Sendable, Equatable, Codable {
    /// The title line, when the file has one.
    public var title: String?
    /// A "By ..." line under the title, when present.
    public var byline: String?
    /// A date line under the title or byline, when present.
    public var dateline: String?
    /// The lead (heading `nil`) followed by one section per heading.
    public var sections: [Section]
    /// Closing attribution lines such as "Source: Kathimerini".
    public var sources: [String]
    /// Paragraphs about the author at the end of the article.
    public var authorNote: [String]

    /// Creates an article from its parts.
    public init(
        title: String? = nil,
        byline: String? = nil,
        dateline: String? = nil,
        sections: [Section],
        sources: [String] = [],
        authorNote: [String] = []
    ) {
        self.title = title
        self.byline = byline
        self.dateline = dateline
        self.sections = sections
        self.sources = sources
        self.authorNote = authorNote
    }

    /// The lead section: paragraphs before the first heading.
    public var lead: Section { sections[0] }

    /// The sections that have a heading (the questions), in order.
    public var headedSections: ArraySlice<Section> { sections.dropFirst() }
}

/// One section of an article: an optional heading and its paragraphs.
public struct Section: Sendable, Equatable, Codable {
    /// The heading line, or `nil` for the lead.
    public var heading: String?
    /// The paragraphs, each a single string without line breaks.
    public var paragraphs: [String]

    /// Creates a section.
    public init(heading: String?, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
