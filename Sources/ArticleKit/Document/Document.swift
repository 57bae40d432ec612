/// One article in a format-neutral form: metadata and blocks, with sections
/// computed from the headings.
///
/// Every format reader (plain text, HTML, Markdown, later feed entries) returns
/// a `Document`; everything downstream reads it through ``TextProjection``.
public struct Document: Sendable, Equatable {
    /// Title, byline, date, site, source and format.
    public var metadata: DocumentMetadata
    /// The blocks in reading order.
    public private(set) var blocks: [Block]
    /// The lead, one section per heading, then the closing section (see ``DocumentSection``).
    public private(set) var sections: [DocumentSection]

    /// Creates a document and computes its sections.
    public init(metadata: DocumentMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.sections = DocumentSection.sections(of: blocks)
        self.blocks = blocks
    }

    /// The sections that start with a heading, in order.
    public var headedSections: ArraySlice<DocumentSection> { sections.dropFirst().dropLast() }

    /// The closing section: sources and author note (possibly empty).
    public var closing: DocumentSection { sections[sections.count - 1] }

    /// The text of the heading that opens `section`, if it has one.
    public func heading(of section: DocumentSection) -> String? {
        section.heading.map { blocks[$0].text }
    }

    /// The blocks of the closing section that have `role`, as text.
    public func closingTexts(_ role: BlockRole) -> [String] {
        blocks[closing.body].filter { $0.role == role }.map(\.text)
    }
}
