#if canImport(Glibc)
import Glibc
#endif
import Fetching

/// The library's cache: feeds and their articles in SQLite (WAL), with full-text search.
///
/// Nothing here is the user's: highlights, notes, positions and read marks
/// live in the flat store. A cache that cannot be read (corrupt, not a
/// database, from a newer Folio) is moved aside and built anew by the next
/// fetch; `rebuilt` says so.
public final class LibraryCache {
    let db: SQLiteDatabase
    /// The database file.
    public let path: String
    /// Why the file found at `path` was set aside and a new cache started, if it was.
    public private(set) var rebuilt: String?

    /// Opens the cache at `path`, making its folder, migrating or rebuilding as needed.
    public init(path: String) throws(SQLiteError) {
        self.path = path
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty { try? AtomicFile.makeFolders(folder) }
        do {
            db = try Self.open(path)
        } catch {
            // Anything but a busy database means the file is not a cache we can use.
            guard error.code != 5 /* SQLITE_BUSY */ else { throw error }
            let aside = path + ".broken"
            for suffix in ["", "-wal", "-shm"] { rename(path + suffix, aside + suffix) }
            rebuilt = "the cache could not be read (\(error.message)); it was moved to \(aside) and starts empty"
            db = try Self.open(path)
        }
    }

    /// Opens and migrates; throws when the file is not a usable cache.
    private static func open(_ path: String) throws(SQLiteError) -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        let version = try db.integer("PRAGMA user_version") ?? 0
        guard version <= LibrarySchema.version else {
            throw SQLiteError(code: 26, message: "made by a newer Folio (schema \(version))")
        }
        if version < LibrarySchema.version {
            try db.transaction { () throws(SQLiteError) in
                for step in Int(version)..<LibrarySchema.migrations.count { try db.execute(LibrarySchema.migrations[step]) }
                try db.execute("PRAGMA user_version = \(LibrarySchema.version)")
            }
        }
        // Touch every table so a damaged file fails here, not in the middle of a fetch.
        _ = try db.integer("SELECT count(*) FROM feeds")
        _ = try db.integer("SELECT max(rowid) FROM articles")
        return db
    }

    /// The cached state of the feed at `url`, if it was ever fetched.
    public func feed(_ url: String) throws(SQLiteError) -> LibraryFeed? {
        try feeds().first { $0.url == url }
    }

    /// Every feed the cache knows, with its article count.
    public func feeds() throws(SQLiteError) -> [LibraryFeed] {
        var result: [LibraryFeed] = []
        try db.query("""
            SELECT f.url, f.title, f.etag, f.last_modified, f.fetched_at, f.result, f.ok,
                   (SELECT count(*) FROM articles a WHERE a.feed_url = f.url)
            FROM feeds f
            """) { row in
            result.append(LibraryFeed(url: row.text(0) ?? "", title: row.text(1), etag: row.text(2), lastModified: row.text(3),
                                      fetchedAt: row.integer(4), result: row.text(5), ok: row.integer(6) == 1,
                                      articleCount: Int(row.integer(7) ?? 0)))
        }
        return result
    }

    /// Records a fetch that got no new feed (a 304 or a failure): the articles stay.
    public func recordResult(feedURL: String, ok: Bool, result: String, at time: Int64) throws(SQLiteError) {
        try db.query("""
            INSERT INTO feeds(url, fetched_at, result, ok) VALUES(?1, ?2, ?3, ?4)
            ON CONFLICT(url) DO UPDATE SET fetched_at = ?2, result = ?3, ok = ?4
            """, [.text(feedURL), .integer(time), .text(result), .integer(ok ? 1 : 0)])
    }

    /// Forgets an unsubscribed feed: its articles go, except those whose key is in
    /// `protected` (they have the user's highlights, bookmarks or notes); the feed's
    /// row goes when no article is left. Returns how many articles were kept.
    @discardableResult
    public func removeFeed(_ url: String, protected: Set<String>) throws(SQLiteError) -> Int {
        try db.transaction { () throws(SQLiteError) -> Int in
            var doomed: [Int64] = []
            var kept = 0
            try db.query("SELECT id, key FROM articles WHERE feed_url = ?", [.text(url)]) { row in
                guard let id = row.integer(0) else { return }
                if protected.contains(row.text(1) ?? "") { kept += 1 } else { doomed.append(id) }
            }
            for id in doomed {
                try db.query("DELETE FROM articles WHERE id = ?", [.integer(id)])
                try db.query("DELETE FROM articles_text WHERE rowid = ?", [.integer(id)])
            }
            if kept == 0 { try db.query("DELETE FROM feeds WHERE url = ?", [.text(url)]) }
            return kept
        }
    }

    /// Moves everything cached for `old` to `new` (a permanent redirect).
    public func renameFeed(_ old: String, to new: String) throws(SQLiteError) {
        try db.transaction { () throws(SQLiteError) in
            if try db.integer("SELECT count(*) FROM feeds WHERE url = ?", [.text(new)]) == 0 {
                try db.query("UPDATE feeds SET url = ? WHERE url = ?", [.text(new), .text(old)])
            } else {
                try db.query("DELETE FROM feeds WHERE url = ?", [.text(old)])
            }
            try db.query("UPDATE OR IGNORE articles SET feed_url = ? WHERE feed_url = ?", [.text(new), .text(old)])
        }
    }

    /// The entry ids of `feedURL` that already have their whole page.
    public func entriesWithPages(feedURL: String) throws(SQLiteError) -> Set<String> {
        var ids = Set<String>()
        try db.query("SELECT entry_id FROM articles WHERE feed_url = ? AND page IS NOT NULL", [.text(feedURL)]) { row in
            if let id = row.text(0) { ids.insert(id) }
        }
        return ids
    }

    /// Stores a fetched feed in one transaction: its state, new and changed
    /// entries (with their search text), then prunes the feed to `keep`
    /// articles, never removing one whose key is in `protected`. Returns how
    /// many entries were new.
    @discardableResult
    public func store(_ fetched: FetchedFeed, at time: Int64, keep: Int, protected: Set<String>) throws(SQLiteError) -> Int {
        try db.transaction { () throws(SQLiteError) -> Int in
            try db.query("""
                INSERT INTO feeds(url, title, link, etag, last_modified, fetched_at, result, ok) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)
                ON CONFLICT(url) DO UPDATE SET title = ?2, link = ?3, etag = ?4, last_modified = ?5, fetched_at = ?6, result = ?7, ok = 1
                """, [.text(fetched.url), fetched.feed.title.map(SQLiteValue.text) ?? .null, fetched.feed.link.map(SQLiteValue.text) ?? .null,
                      fetched.etag.map(SQLiteValue.text) ?? .null, fetched.lastModified.map(SQLiteValue.text) ?? .null,
                      .integer(time), .text("\(fetched.feed.entries.count) entries")])
            var new = 0
            var seen = Set<String>()
            for (position, entry) in fetched.feed.entries.enumerated() {
                let entryID = ArticleKey.entryID(entry)
                guard seen.insert(entryID).inserted else { continue }
                let page = fetched.pages[entryID]
                let existing = try db.integer("SELECT id FROM articles WHERE feed_url = ? AND entry_id = ?", [.text(fetched.url), .text(entryID)])
                // Entries without dates keep the feed's order: a later entry sorts as a moment older.
                let sortTime = Int64(entry.published ?? entry.updated ?? 0)
                let fallback = time - Int64(position)
                let values: [SQLiteValue] = [
                    .text(fetched.url), .text(entryID), .text(ArticleKey.of(feedURL: fetched.url, entryID: entryID, link: entry.link)),
                    entry.title.map(SQLiteValue.text) ?? .null, entry.link.map(SQLiteValue.text) ?? .null,
                    entry.published.map { .integer(Int64($0)) } ?? .null, entry.updated.map { .integer(Int64($0)) } ?? .null,
                    .text(entry.authors.joined(separator: "\n")),
                    entry.summary.map(SQLiteValue.text) ?? .null, entry.content.map(SQLiteValue.text) ?? .null,
                    page.map { .text($0.html) } ?? .null, page.map { .text($0.url) } ?? .null,
                    .integer(time), .integer(sortTime > 0 ? sortTime : fallback),
                ]
                let id: Int64
                if let existing {
                    try db.query("""
                        UPDATE articles SET key = ?3, title = ?4, link = ?5, published = ?6, updated = ?7, authors = ?8,
                            summary = ?9, content = ?10, page = coalesce(?11, page), page_url = coalesce(?12, page_url),
                            sort_time = CASE WHEN ?6 IS NULL AND ?7 IS NULL THEN sort_time ELSE ?14 END
                        WHERE feed_url = ?1 AND entry_id = ?2
                        """, values)
                    id = existing
                    try db.query("DELETE FROM articles_text WHERE rowid = ?", [.integer(id)])
                } else {
                    try db.query("""
                        INSERT INTO articles(feed_url, entry_id, key, title, link, published, updated, authors, summary, content,
                                             page, page_url, first_seen, sort_time)
                        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        """, values)
                    id = db.lastInsertedRow
                    new += 1
                }
                let body = fetched.searchText[entryID] ?? ""
                try db.query("INSERT INTO articles_text(rowid, title, body) VALUES(?, ?, ?)",
                             [.integer(id), .text(entry.title ?? ""), .text(body)])
            }
            try prune(feedURL: fetched.url, keep: keep, protected: protected)
            return new
        }
    }

    /// Drops the oldest articles of `feedURL` beyond the newest `keep`, except those whose key is in `protected`.
    func prune(feedURL: String, keep: Int, protected: Set<String>) throws(SQLiteError) {
        var doomed: [(Int64, String)] = []
        try db.query("SELECT id, key FROM articles WHERE feed_url = ? ORDER BY sort_time DESC, id DESC LIMIT -1 OFFSET ?",
                     [.text(feedURL), .integer(Int64(keep))]) { row in
            if let id = row.integer(0), let key = row.text(1) { doomed.append((id, key)) }
        }
        for (id, key) in doomed where !protected.contains(key) {
            try db.query("DELETE FROM articles WHERE id = ?", [.integer(id)])
            try db.query("DELETE FROM articles_text WHERE rowid = ?", [.integer(id)])
        }
    }

    /// Every article, newest first.
    ///
    /// The feed comes as the feeds table's rowid and is looked up in a small
    /// table, so each of tens of thousands of rows makes two strings, not three.
    public func articles() throws(SQLiteError) -> [LibraryArticle] {
        var result: [LibraryArticle] = []
        result.reserveCapacity(try articleCount())
        try forEachArticle { result.append($0) }
        return result
    }

    /// Each feed's row id, by URL (what ``LibraryArticle/feedID`` refers to).
    public func feedIDs() throws(SQLiteError) -> [String: Int64] {
        var result: [String: Int64] = [:]
        try db.query("SELECT rowid, url FROM feeds") { row in
            if let id = row.integer(0), let url = row.text(1) { result[url] = id }
        }
        return result
    }

    /// How many articles the cache holds.
    public func articleCount() throws(SQLiteError) -> Int {
        Int(try db.integer("SELECT count(*) FROM articles") ?? 0)
    }

    /// Hands every article to `body`, newest first, without keeping them (the library's
    /// start-up builds its rows straight from these).
    public func forEachArticle(_ body: (LibraryArticle) -> Void) throws(SQLiteError) {
        var feedURLs: [Int64: String] = [:]
        try db.query("SELECT rowid, url FROM feeds") { row in
            if let id = row.integer(0), let url = row.text(1) { feedURLs[id] = url }
        }
        try db.query("""
            SELECT a.id, f.rowid, a.key, a.title, a.sort_time, a.first_seen
            FROM articles a JOIN feeds f ON f.url = a.feed_url ORDER BY a.sort_time DESC, a.id
            """) { row in
            let feedID = row.integer(1) ?? 0
            var article = LibraryArticle(id: row.integer(0) ?? 0, feedURL: feedURLs[feedID] ?? "",
                                         key: row.text(2) ?? "", title: row.text(3),
                                         time: row.integer(4) ?? 0, firstSeen: row.integer(5) ?? 0)
            article.feedID = feedID
            body(article)
        }
    }

    /// Which of `keys` name articles in the cache (by the key index, without reading every article).
    public func existingKeys(_ keys: [String]) throws(SQLiteError) -> Set<String> {
        var found = Set<String>()
        for key in keys where try db.integer("SELECT 1 FROM articles WHERE key = ? LIMIT 1", [.text(key)]) != nil {
            found.insert(key)
        }
        return found
    }

    /// The article with row id `id`, with its text.
    public func body(of id: Int64) throws(SQLiteError) -> LibraryArticleBody? {
        var result: LibraryArticleBody?
        try db.query("""
            SELECT id, feed_url, entry_id, key, title, link, sort_time, first_seen, authors, summary, content, page, page_url
            FROM articles WHERE id = ?
            """, [.integer(id)]) { row in
            let article = LibraryArticle(id: row.integer(0) ?? 0, feedURL: row.text(1) ?? "", key: row.text(3) ?? "",
                                         title: row.text(4), time: row.integer(6) ?? 0, firstSeen: row.integer(7) ?? 0)
            let authors = (row.text(8) ?? "").split(separator: "\n").map(String.init)
            result = LibraryArticleBody(article: article, entryID: row.text(2) ?? "", link: row.text(5), authors: authors,
                                        summary: row.text(9), content: row.text(10), page: row.text(11), pageURL: row.text(12))
        }
        return result
    }

    /// The ids of articles whose title or text match `query` (words, all of them, as prefixes), best first.
    public func search(_ query: String, limit: Int = 1000) throws(SQLiteError) -> [Int64] {
        let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"*" }
        guard !words.isEmpty else { return [] }
        var ids: [Int64] = []
        try db.query("SELECT rowid FROM articles_text WHERE articles_text MATCH ? ORDER BY rank LIMIT ?",
                     [.text(words.joined(separator: " ")), .integer(Int64(limit))]) { row in
            if let id = row.integer(0) { ids.append(id) }
        }
        return ids
    }

    /// Remembers how far the reader got in article `key` (shown in the list; the place itself is in the store).
    public func setProgress(_ percent: Int, for key: String) throws(SQLiteError) {
        try db.query("INSERT INTO progress(key, percent) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET percent = ?2",
                     [.text(key), .integer(Int64(percent))])
    }

    /// How far the reader got in each article it opened, by key.
    public func progress() throws(SQLiteError) -> [String: Int] {
        var result: [String: Int] = [:]
        try db.query("SELECT key, percent FROM progress") { row in
            if let key = row.text(0), let percent = row.integer(1) { result[key] = Int(percent) }
        }
        return result
    }
}
