/// Where a highlight sits, stored so it can be found again after the text changes.
///
/// Modeled on the W3C Web Annotation TextQuoteSelector plus TextPositionSelector
/// (as Hypothesis stores them): the exact quote, about 32 scalars of context on
/// each side, the section, and scalar offsets within the section body.
public struct QuoteAnchor: Sendable, Equatable, Hashable {
    /// How many scalars of context are kept on each side of the quote.
    public static let contextLength = 32

    /// Index of the section body.
    public var section: Int
    /// The section heading when the anchor was made (for display and humans).
    public var heading: String?
    /// The quoted text.
    public var exact: String
    /// Up to ``contextLength`` scalars just before the quote.
    public var prefix: String
    /// Up to ``contextLength`` scalars just after the quote.
    public var suffix: String
    /// Scalar offset of the quote's start in the section body.
    public var start: Int
    /// Scalar offset one past the quote's end.
    public var end: Int

    /// Creates an anchor from its parts.
    public init(section: Int, heading: String?, exact: String, prefix: String, suffix: String, start: Int, end: Int) {
        self.section = section
        self.heading = heading
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }

    /// Anchors `range` of `bodies`, or returns `nil` when the range is outside them.
    public init?(_ range: SectionRange, in bodies: SectionBodies) {
        guard let exact = bodies.text(of: range) else { return nil }
        let body = bodies.scalars[range.section]
        let before = body[max(0, range.start - Self.contextLength)..<range.start]
        let after = body[range.end..<min(body.count, range.end + Self.contextLength)]
        self.init(
            section: range.section,
            heading: bodies.headings[range.section],
            exact: exact,
            prefix: String(String.UnicodeScalarView(before)),
            suffix: String(String.UnicodeScalarView(after)),
            start: range.start,
            end: range.end
        )
    }

    /// Anchors a point (a bookmark or reading position): the quote is the next
    /// few scalars of text, so the point can be re-found like a highlight.
    public init?(point section: Int, offset: Int, in bodies: SectionBodies) {
        guard bodies.scalars.indices.contains(section), 0 <= offset else { return nil }
        let length = bodies.scalars[section].count
        guard offset <= length else { return nil }
        let end = min(length, offset + Self.contextLength)
        self.init(SectionRange(section: section, start: offset, end: end), in: bodies)
    }

    /// The range the anchor was made at.
    public var recordedRange: SectionRange { SectionRange(section: section, start: start, end: end) }
}
