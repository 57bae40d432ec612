import ArticleKit

/// The highlights of one article, each with where it is found in the article's current text.
public struct HighlightGroup: Sendable {
    /// One highlight and its resolution.
    public struct Entry: Sendable {
        /// The highlight as it stands now.
        public var annotation: Annotation
        /// Where it is now; `nil` when the article could not be read to check.
        public var resolved: ResolvedAnchor?
        /// A label for its section in the current text (heading, "Lead", ...).
        public var section: String

        /// Whether the article was read and the highlight was not found in it.
        public var isOrphaned: Bool { resolved?.isOrphaned ?? false }
    }

    /// The article: the current identity when it was read, else the latest recorded one.
    public var article: ArticleIdentity
    /// Whether the article was read from disk to check its highlights.
    public var wasChecked: Bool
    /// The highlights, in creation order.
    public var entries: [Entry]

    /// The highlights of `loaded`, matched by fingerprint else path.
    public static func of(_ loaded: LoadedArticle, in state: StoreState) -> HighlightGroup {
        let identity = ArticleIdentity(loaded)
        return group(identity, annotations: state.annotations(.highlight, in: identity), loaded: loaded)
    }

    /// The highlights of every article in the store, one group per article.
    ///
    /// Annotations that share a fingerprint or a path form one group. Each
    /// article is read at its latest recorded path (via `load`) to re-anchor
    /// its highlights; when it cannot be read they are listed unchecked.
    public static func all(in state: StoreState, load: (String) -> LoadedArticle?) -> [HighlightGroup] {
        let live = state.annotations.filter { $0.kind == .highlight && !$0.isDeleted }
        return buckets(of: live).map { annotations in
            let latest = annotations.last!.article
            return group(latest, annotations: annotations, loaded: load(latest.path))
        }
    }

    /// Groups annotations: each joins the first group holding one with the same
    /// fingerprint or path, else starts a new group.
    ///
    /// The first group of each fingerprint and path is kept in a dictionary,
    /// so a big store is grouped in linear time (it was quadratic: a million
    /// records took minutes in `folio doctor`).
    static func buckets(of annotations: [Annotation]) -> [[Annotation]] {
        var buckets: [[Annotation]] = []
        var firstByFingerprint: [String: Int] = [:]
        var firstByPath: [String: Int] = [:]
        for annotation in annotations {
            let article = annotation.article
            let candidates = [firstByFingerprint[article.fingerprint], firstByPath[article.path]].compactMap { $0 }
            let index: Int
            if let first = candidates.min() {
                index = first
                buckets[index].append(annotation)
            } else {
                index = buckets.count
                buckets.append([annotation])
            }
            firstByFingerprint[article.fingerprint] = min(firstByFingerprint[article.fingerprint] ?? index, index)
            firstByPath[article.path] = min(firstByPath[article.path] ?? index, index)
        }
        return buckets
    }

    private static func group(_ identity: ArticleIdentity, annotations: [Annotation], loaded: LoadedArticle?) -> HighlightGroup {
        guard let loaded else {
            let entries = annotations.map { Entry(annotation: $0, resolved: nil, section: label($0.anchor.section, heading: $0.anchor.heading, count: nil)) }
            return HighlightGroup(article: identity, wasChecked: false, entries: entries)
        }
        let bodies = SectionBodies(document: loaded.document)
        let entries = annotations.map { annotation in
            let resolved = AnchorResolver.resolve(annotation.anchor, in: bodies)
            let section = resolved.range.map { label($0.section, heading: bodies.headings[$0.section], count: bodies.count) }
                ?? label(annotation.anchor.section, heading: annotation.anchor.heading, count: nil)
            return Entry(annotation: annotation, resolved: resolved, section: section)
        }
        return HighlightGroup(article: ArticleIdentity(loaded), wasChecked: true, entries: entries)
    }

    /// A human label for section `index`: its heading, "Lead", or (for the last of
    /// `count` bodies) "Sources and author note".
    public static func label(_ index: Int, heading: String?, count: Int?) -> String {
        if let heading, !heading.isEmpty { return heading }
        if index == 0 { return "Lead" }
        if let count, index == count - 1 { return "Sources and author note" }
        // A corrupt store line can hold any Int: Int.max + 1 must not trap.
        return "Section \(index == .max ? String(UInt(index) + 1) : String(index + 1))"
    }
}
