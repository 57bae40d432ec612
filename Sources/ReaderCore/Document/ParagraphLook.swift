import ArticleKit

/// How one paragraph of a pane is drawn: the kind of block it came from,
/// its list marker or depth, its inline styles and its numbered links.
///
/// The paragraph's text is the projection's; a look only adds what is drawn
/// around and over it, so anchors and offsets never depend on it.
public struct ParagraphLook: Equatable, Sendable {
    /// The block kind (plain paragraphs are `.paragraph`).
    public var kind: BlockKind
    /// List depth (1 for top level), heading level, 1 for a table's header row, else 0.
    public var level: Int
    /// A list item's marker ("•", "3.").
    public var marker: String
    /// Inline styles over the paragraph text, in scalar offsets.
    public var spans: [InlineSpan]
    /// A table row's cells, sanitized (empty for other kinds).
    public var cells: [String] = []
    /// Each link's number (as w3m numbers them, from 1 across the article) and where its text ends.
    public var links: [NumberedLink]

    /// A link of this paragraph with its number.
    public struct NumberedLink: Equatable, Sendable {
        /// The link's number in the article, from 1.
        public var number: Int
        /// Scalar offset of the link's first character.
        public var start: Int
        /// Scalar offset just past the link's text, where its number is drawn.
        public var end: Int
        /// The resolved URL.
        public var url: String
    }

    /// A plain paragraph: no marker, no styles, no links.
    public static let plain = ParagraphLook(kind: .paragraph, level: 0, marker: "", spans: [], links: [])

    /// Creates a look.
    public init(kind: BlockKind, level: Int, marker: String, spans: [InlineSpan], links: [NumberedLink]) {
        self.kind = kind
        self.level = level
        self.marker = marker
        self.spans = spans
        self.links = links
    }

    /// Whether the paragraph is drawn exactly like plain text.
    public var isPlain: Bool { kind == .paragraph && spans.isEmpty && links.isEmpty }

    /// The look of `block`, whose projected text is `text`; link numbers start
    /// after `linkCount`, which grows by the block's links.
    ///
    /// Spans are kept only when sanitizing left the text's scalar count as it
    /// was (a control turned into a wider placeholder would shift them).
    static func of(_ block: Block, projected text: String, linkCount: inout Int) -> ParagraphLook {
        guard block.kind != .paragraph || !block.spans.isEmpty else { return .plain }
        let spans = text == block.text || UTF8Scalar.count(in: text) == UTF8Scalar.count(in: block.text) ? block.spans : []
        var links: [NumberedLink] = []
        for span in spans {
            guard let url = span.style.url else { continue }
            linkCount += 1
            links.append(NumberedLink(number: linkCount, start: span.start, end: span.end, url: url))
        }
        var look = ParagraphLook(kind: block.kind, level: block.level, marker: DisplaySanitizer.clean(block.marker),
                                 spans: spans, links: links)
        look.cells = block.cells.map(DisplaySanitizer.clean)
        return look
    }
}
