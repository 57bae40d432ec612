import ArticleKit

/// The text highlights are anchored in: one body string per section, with its heading.
///
/// Offsets in a ``QuoteAnchor`` count Unicode scalars within one body. The
/// bodies are those of the document's ``TextProjection``; anchoring never
/// depends on how the reader lays the text out.
///
/// Only the paragraphs are kept (sharing the article's strings where nothing
/// needed cleaning); a body's joined text and its scalars are built when a
/// highlight is anchored or re-found, one section at a time. Keeping every
/// body as scalars took four bytes per character for the whole article.
public struct SectionBodies: Sendable, Equatable {
    /// The paragraphs of each section, as drawn.
    let paragraphs: [[String]]
    /// The heading of each section (`nil` where there is none); same count as the bodies.
    public let headings: [String?]

    /// The body of each section: its paragraphs joined by `"\n"` (built on each use).
    public var bodies: [String] { paragraphs.map { $0.joined(separator: "\n") } }

    /// How many section bodies there are.
    public var count: Int { paragraphs.count }

    /// The scalars of each body, for offset arithmetic, built per section on use.
    var scalars: Scalars { Scalars(paragraphs: paragraphs) }

    /// Section bodies as arrays of scalars, each made when it is asked for.
    struct Scalars {
        let paragraphs: [[String]]

        /// The section indices.
        var indices: Range<Int> { paragraphs.indices }

        /// The scalars of body `section`, its paragraphs joined by `"\n"`.
        subscript(section: Int) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            for (index, paragraph) in paragraphs[section].enumerated() {
                if index > 0 { out.append("\n") }
                out.append(contentsOf: paragraph.unicodeScalars)
            }
            return out
        }
    }

    /// Creates bodies from strings; missing headings are `nil`.
    public init(bodies: [String], headings: [String?] = []) {
        self.init(paragraphs: bodies.map { [$0] }, headings: headings)
    }

    /// Creates bodies from each section's paragraphs; missing headings are `nil`.
    init(paragraphs: [[String]], headings: [String?]) {
        self.paragraphs = paragraphs
        self.headings = paragraphs.indices.map { $0 < headings.count ? headings[$0] : nil }
    }

    /// Equal when the joined bodies and the headings are equal.
    public static func == (lhs: SectionBodies, rhs: SectionBodies) -> Bool {
        lhs.headings == rhs.headings && lhs.bodies == rhs.bodies
    }

    /// The bodies of a document: its projection's sections, the closing one
    /// (sources and author note) last.
    ///
    /// The projection's paragraphs are already sanitized for display, so
    /// offsets and quotes are those of the text the user saw, the same in the
    /// reader and the CLI.
    public init(projection: TextProjection) {
        self.init(paragraphs: projection.sections.map(\.paragraphs), headings: projection.sections.map(\.heading))
    }

    /// The bodies of `document` (see ``init(projection:)``).
    public init(document: Document) {
        self.init(projection: TextProjection(document))
    }

    /// Every place `quote` occurs, section by section, in order (overlaps included).
    public func occurrences(of quote: String) -> [SectionRange] {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let scalars = self.scalars
        return scalars.indices.flatMap { section in
            Self.starts(of: needle, in: scalars[section]).map {
                SectionRange(section: section, start: $0, end: $0 + needle.count)
            }
        }
    }

    /// The text of `range`, or `nil` when it lies outside the bodies.
    public func text(of range: SectionRange) -> String? {
        guard paragraphs.indices.contains(range.section), 0 <= range.start, range.start <= range.end else { return nil }
        let body = scalars[range.section]
        guard range.end <= body.count else { return nil }
        return String(String.UnicodeScalarView(body[range.start..<range.end]))
    }

    /// Start offsets of `needle` in `haystack`.
    static func starts(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var i = 1
            while i < needle.count && haystack[start + i] == needle[i] { i += 1 }
            if i == needle.count { found.append(start) }
        }
        return found
    }
}

/// A span of one section body, in Unicode-scalar offsets (`start..<end`).
public struct SectionRange: Sendable, Equatable, Hashable {
    /// Index of the section body.
    public var section: Int
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a range.
    public init(section: Int, start: Int, end: Int) {
        self.section = section
        self.start = start
        self.end = end
    }
}
