import ArticleKit
/// Fetched pages on disk, one file per URL, so a page opens again offline and
/// its highlights re-anchor on the same text.
///
/// The file name is the hex SHA-256 of the requested URL; the entry stores the
/// URL too, and `lookup` checks it, so a damaged or foreign file is never
/// returned for the wrong URL. Writes are atomic (see `AtomicFile`).
public struct PageCache: Sendable {
    /// The folder holding the entries.
    public let folder: String
    /// The largest entry `lookup` reads: the fetch cap plus room for the header.
    public let maxEntryBytes: Int

    /// A cache in `folder`, which is created on the first `store`.
    public init(folder: String, maxBodyBytes: Int = FetchLimits.standard.maxBytes) {
        self.folder = folder
        self.maxEntryBytes = maxBodyBytes + 64 * 1024
    }

    /// The cache at `CacheLocation.resolve(explicit:environment:)`, or nil when there is none.
    public init?(explicit: String? = nil, environment: [String: String] = ProcessEnvironment.current()) {
        guard let folder = CacheLocation.resolve(explicit: explicit, environment: environment) else { return nil }
        self.init(folder: folder)
    }

    /// The entry file for `url`: `<folder>/<sha256 hex>.page`.
    public func path(for url: String) -> String {
        CacheLocation.join(folder, SHA256.hex(Array(url.utf8)) + ".page")
    }

    /// Saves `page` as the entry for `url`, replacing any older one atomically.
    public func store(_ page: FetchedPage, for url: String, fetchedAt: Int64 = WallClock.seconds()) throws(CacheError) {
        try AtomicFile.makeFolders(folder)
        let entry = CachedPage(requestedURL: url, page: page, fetchedAt: fetchedAt)
        try AtomicFile.write(CacheEntryCoding.encode(entry), to: path(for: url), folder: folder)
    }

    /// The cached entry for `url`, or nil when there is none (or it is damaged or for another URL).
    public func lookup(_ url: String) -> CachedPage? {
        guard let bytes = AtomicFile.read(path(for: url), limit: maxEntryBytes),
              let entry = CacheEntryCoding.decode(bytes), entry.requestedURL == url else { return nil }
        return entry
    }
}
