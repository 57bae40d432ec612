import ArticleKit

/// The text highlights are anchored in: one body string per section, with its heading.
///
/// Offsets in a ``QuoteAnchor`` count Unicode scalars within one body. The
/// reader passes, for each pane, its paragraphs joined by `"\n"`; anchoring
/// never depends on how the reader lays the text out.
public struct SectionBodies: Sendable, Equatable {
    /// The body of each section.
    public let bodies: [String]
    /// The heading of each section (`nil` where there is none); same count as `bodies`.
    public let headings: [String?]
    /// The scalars of each body, for offset arithmetic.
    let scalars: [[Unicode.Scalar]]

    /// Creates bodies from strings; missing headings are `nil`.
    public init(bodies: [String], headings: [String?] = []) {
        self.bodies = bodies
        self.headings = bodies.indices.map { $0 < headings.count ? headings[$0] : nil }
        self.scalars = bodies.map { Array($0.unicodeScalars) }
    }

    /// The bodies of an article: each section's paragraphs joined by `"\n"`,
    /// then one more body for the sources and the author note.
    ///
    /// Paragraphs are sanitized for display first, so offsets and quotes are
    /// those of the text the user saw, the same in the reader and the CLI.
    public init(article: Article) {
        let clean = { (paragraphs: [String]) in paragraphs.map(DisplaySanitizer.clean).joined(separator: "\n") }
        var bodies = article.sections.map { clean($0.paragraphs) }
        var headings = article.sections.map(\.heading)
        bodies.append(clean(article.sources + article.authorNote))
        headings.append(nil)
        self.init(bodies: bodies, headings: headings)
    }

    /// Every place `quote` occurs, section by section, in order (overlaps included).
    public func occurrences(of quote: String) -> [SectionRange] {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty else { return [] }
        return scalars.indices.flatMap { section in
            Self.starts(of: needle, in: scalars[section]).map {
                SectionRange(section: section, start: $0, end: $0 + needle.count)
            }
        }
    }

    /// The text of `range`, or `nil` when it lies outside the bodies.
    public func text(of range: SectionRange) -> String? {
        guard scalars.indices.contains(range.section),
              0 <= range.start, range.start <= range.end, range.end <= scalars[range.section].count
        else { return nil }
        return String(String.UnicodeScalarView(scalars[range.section][range.start..<range.end]))
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
