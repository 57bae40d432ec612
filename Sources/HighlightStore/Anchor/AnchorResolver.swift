/// Re-finds a ``QuoteAnchor`` in the current text of an article.
///
/// The order follows Hypothesis: the recorded offsets if the text there still
/// equals the quote; then the quote within its section (the occurrence whose
/// prefix and suffix agree best); then anywhere in the article; then a fuzzy
/// match with a bounded edit distance; otherwise the anchor is orphaned.
public enum AnchorResolver {
    /// Finds `anchor` in `bodies`.
    public static func resolve(_ anchor: QuoteAnchor, in bodies: SectionBodies) -> ResolvedAnchor {
        let recorded = anchor.recordedRange
        if bodies.text(of: recorded) == anchor.exact {
            return ResolvedAnchor(range: recorded, method: .offsets)
        }
        let needle = Array(anchor.exact.unicodeScalars)
        guard !needle.isEmpty else { return .orphaned }
        if bodies.scalars.indices.contains(anchor.section) {
            let starts = SectionBodies.starts(of: needle, in: bodies.scalars[anchor.section])
            let ranges = starts.map { SectionRange(section: anchor.section, start: $0, end: $0 + needle.count) }
            if let best = best(of: ranges, for: anchor, in: bodies) {
                return ResolvedAnchor(range: best, method: .section)
            }
        }
        if let best = best(of: bodies.occurrences(of: anchor.exact), for: anchor, in: bodies) {
            return ResolvedAnchor(range: best, method: .article)
        }
        if let fuzzy = fuzzyMatch(anchor, needle: needle, in: bodies) {
            return ResolvedAnchor(range: fuzzy, method: .fuzzy)
        }
        return .orphaned
    }

    /// The fuzzy step: the anchor's own section first, then every section.
    static func fuzzyMatch(_ anchor: QuoteAnchor, needle: [Unicode.Scalar], in bodies: SectionBodies) -> SectionRange? {
        let maxErrors = ApproximateMatch.allowedErrors(forLength: needle.count)
        guard maxErrors > 0 else { return nil }
        let own = bodies.scalars.indices.contains(anchor.section) ? [anchor.section] : []
        for sections in [own, Array(bodies.scalars.indices)] where !sections.isEmpty {
            var candidates: [(SectionRange, Int)] = []
            for section in sections {
                for c in ApproximateMatch.candidates(of: needle, in: bodies.scalars[section], maxErrors: maxErrors) {
                    candidates.append((SectionRange(section: section, start: c.start, end: c.end), c.distance))
                }
            }
            guard let fewest = candidates.map(\.1).min() else { continue }
            return best(of: candidates.filter { $0.1 == fewest }.map(\.0), for: anchor, in: bodies)
        }
        return nil
    }

    /// The range whose surroundings agree best with the anchor's prefix and
    /// suffix; ties go to the one nearest the recorded position.
    static func best(of ranges: [SectionRange], for anchor: QuoteAnchor, in bodies: SectionBodies) -> SectionRange? {
        let prefix = Array(anchor.prefix.unicodeScalars)
        let suffix = Array(anchor.suffix.unicodeScalars)
        var cached: (section: Int, body: [Unicode.Scalar])?
        func score(_ range: SectionRange) -> Int {
            if cached?.section != range.section { cached = (range.section, bodies.scalars[range.section]) }
            let body = cached!.body
            var before = 0
            while before < prefix.count, range.start - before - 1 >= 0,
                  body[range.start - before - 1] == prefix[prefix.count - before - 1] { before += 1 }
            var after = 0
            while after < suffix.count, range.end + after < body.count, body[range.end + after] == suffix[after] { after += 1 }
            return before + after
        }
        // Section first, then offset. A corrupt store line can hold any Int, so
        // the gaps saturate instead of overflowing.
        func distance(_ range: SectionRange) -> (Int, Int) {
            (gap(range.section, anchor.section), gap(range.start, anchor.start))
        }
        return ranges.max { a, b in
            let (sa, sb) = (score(a), score(b))
            return sa != sb ? sa < sb : distance(a) > distance(b)
        }
    }

    /// |a - b|, or Int.max when that does not fit in an Int.
    static func gap(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow || difference == .min ? .max : abs(difference)
    }
}

/// Where an anchor was found now, and how.
public struct ResolvedAnchor: Sendable, Equatable {
    /// How an anchor was re-found, from most to least certain.
    public enum Method: String, Sendable, Equatable {
        /// The recorded offsets still hold the quote.
        case offsets
        /// The quote moved within its section.
        case section
        /// The quote moved to another section.
        case article
        /// Text close to the quote was found (the quote itself was edited).
        case fuzzy
        /// Nothing close to the quote is left.
        case orphaned
    }

    /// The current span, or `nil` when orphaned.
    public var range: SectionRange?
    /// How it was found.
    public var method: Method

    /// Creates a resolution.
    public init(range: SectionRange?, method: Method) {
        self.range = range
        self.method = method
    }

    /// An anchor that could not be found.
    public static let orphaned = ResolvedAnchor(range: nil, method: .orphaned)

    /// Whether the anchor could not be found.
    public var isOrphaned: Bool { method == .orphaned }
}
