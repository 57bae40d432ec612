import HighlightStore

/// What the user's flat store says about the library's articles: read or
/// not, highlight counts, kept forever or not.
public struct LibraryStatus: Sendable {
    /// The store's fold.
    public let state: StoreState
    /// Live highlights per article path.
    public let highlights: [String: Int]

    /// Reads the fold of a store.
    public init(state: StoreState) {
        self.state = state
        var counts: [String: Int] = [:]
        for annotation in state.annotations where annotation.kind == .highlight && !annotation.isDeleted {
            counts[annotation.article.path, default: 0] += 1
        }
        highlights = counts
    }

    /// Whether `article` counts as read: the user's mark, else unread.
    public func isRead(_ article: LibraryArticle) -> Bool {
        state.readMarks.isRead(key: article.key, feedURL: article.feedURL, firstSeen: article.firstSeen) ?? false
    }

    /// The article's live highlights.
    public func highlightCount(_ article: LibraryArticle) -> Int { highlights.isEmpty ? 0 : highlights[article.key] ?? 0 }

    /// Articles the user opened or annotated that are not library articles (files and
    /// pages opened by path or URL; `isLibraryKey` says which paths are): path, title
    /// and when last touched.
    public func openedElsewhere(isLibraryKey: (Set<String>) -> Set<String>) -> [(path: String, title: String?, time: String)] {
        var touched = Set(state.positions.compactMap { $0.article?.path })
        for annotation in state.annotations where !annotation.isDeleted { touched.insert(annotation.article.path) }
        let libraryKeys = isLibraryKey(touched)
        var found: [String: (title: String?, time: String)] = [:]
        for record in state.positions {
            guard let article = record.article, !libraryKeys.contains(article.path) else { continue }
            let time = record.updated ?? record.created
            if time >= (found[article.path]?.time ?? "") { found[article.path] = (article.title ?? found[article.path]?.title, time) }
        }
        for annotation in state.annotations where !annotation.isDeleted && !libraryKeys.contains(annotation.article.path) {
            let path = annotation.article.path
            let previous = found[path]
            found[path] = (previous?.title ?? annotation.article.title, max(previous?.time ?? "", annotation.updated))
        }
        return found.map { (path: $0.key, title: $0.value.title, time: $0.value.time) }.sorted { $0.time > $1.time }
    }

    /// Keys never pruned from the cache: articles with a highlight, bookmark or note.
    public var protectedKeys: Set<String> {
        Set(state.annotations.filter { !$0.isDeleted }.map(\.article.path))
    }
}
