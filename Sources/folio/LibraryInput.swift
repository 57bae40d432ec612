import HighlightStore
import Library

/// The library as the commands and the library view see it: the cache and the store's fold.
struct LibraryInput {
    /// The cache, or nil when it could not be opened (`problem` says why).
    var cache: LibraryCache?
    /// The store path.
    var storePath: String
    /// What the store says about the articles.
    var status: LibraryStatus
    /// Problems worth a line (cache rebuilt, store unreadable).
    var problems: [String]

    /// Opens the cache and the store; failures leave an empty library with a problem said.
    static func open(cache cacheFlag: String?, store storeFlag: String?, quiet: Bool = false) -> LibraryInput {
        var problems: [String] = []
        let path = LibraryLocation.cacheFile(flag: cacheFlag)
        var cache: LibraryCache?
        do {
            cache = try LibraryCache(path: path)
            if let rebuilt = cache?.rebuilt { problems.append(rebuilt) }
        } catch {
            problems.append("library cache \(path): \(error)")
        }
        let storePath = StoreLocation.resolve(flag: storeFlag)
        var state = StoreState()
        do {
            state = try AnnotationStore.load(path: storePath).state
        } catch {
            problems.append("store not read: \(error.description)")
        }
        if !quiet { for problem in problems { FileHandleOutput.standardError("folio: \(problem)\n") } }
        return LibraryInput(cache: cache, storePath: storePath, status: LibraryStatus(state: state), problems: problems)
    }
}
