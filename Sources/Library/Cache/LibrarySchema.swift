/// The cache's tables, by schema version; each step migrates from the one before.
///
/// `PRAGMA user_version` holds the version. The cache holds nothing of the
/// user's (their marks live in the flat store), so a version this code does
/// not know (a newer Folio's) is rebuilt rather than read.
enum LibrarySchema {
    /// The version this code writes.
    static let version: Int64 = 1

    /// The statements that take a database at version `index` to `index + 1`.
    static let migrations: [String] = [
        """
        CREATE TABLE feeds(
            url TEXT PRIMARY KEY,
            title TEXT,
            link TEXT,
            etag TEXT,
            last_modified TEXT,
            fetched_at INTEGER,
            result TEXT,
            ok INTEGER
        );
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            feed_url TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT,
            link TEXT,
            published INTEGER,
            updated INTEGER,
            authors TEXT,
            summary TEXT,
            content TEXT,
            page TEXT,
            page_url TEXT,
            first_seen INTEGER NOT NULL,
            sort_time INTEGER NOT NULL,
            UNIQUE(feed_url, entry_id)
        );
        CREATE INDEX articles_by_feed ON articles(feed_url, sort_time DESC);
        -- Covers the library's list query, so opening the library reads this index
        -- alone, never the rows with their text.
        CREATE INDEX articles_list ON articles(sort_time DESC, id, feed_url, key, title, first_seen);
        CREATE INDEX articles_by_key ON articles(key);
        CREATE TABLE progress(key TEXT PRIMARY KEY, percent INTEGER NOT NULL);
        CREATE VIRTUAL TABLE articles_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
        """,
    ]
}
