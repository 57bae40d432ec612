#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import Fetching
import Library

/// A `folio fetch` run on its own thread while the library stays responsive.
///
/// The thread has its own cache connection (SQLite in WAL mode lets the
/// library keep reading); the library polls for a progress line and the end.
final class BackgroundFetch: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var line = ""
    private var finished = false
    private var stored = 0
    private var thread: pthread_t?

    private init() { pthread_mutex_init(&mutex, nil) }

    deinit { pthread_mutex_destroy(&mutex) }

    /// Starts fetching `subscriptions` into the cache at `cachePath`.
    static func start(_ subscriptions: [Subscription], cachePath: String, protected: Set<String>, keep: Int) -> BackgroundFetch {
        let fetch = BackgroundFetch()
        fetch.thread = WorkerPool.startThread { fetch.work(subscriptions, cachePath: cachePath, protected: protected, keep: keep) }
        if fetch.thread == nil { fetch.set("Could not start the fetch", done: true) }
        return fetch
    }

    /// The latest progress line, how many feeds brought new articles so far, and whether the fetch has ended.
    func poll() -> (line: String, stored: Int, done: Bool) {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return (line, stored, finished)
    }

    /// Waits for the thread to end.
    func wait() { if let thread { pthread_join(thread, nil) } }

    private func set(_ text: String, done: Bool = false, newArticles: Bool = false) {
        pthread_mutex_lock(&mutex)
        line = text
        if newArticles { stored += 1 }
        if done { finished = true }
        pthread_mutex_unlock(&mutex)
    }

    private func work(_ subscriptions: [Subscription], cachePath: String, protected: Set<String>, keep: Int) {
        guard let cache = try? LibraryCache(path: cachePath) else {
            set("Fetch failed: the library cache could not be opened", done: true)
            return
        }
        let run = LibraryFetch(fetcher: FeedFetcher(userAgent: PageFetcher.userAgent(version: FolioVersion.string)), keep: keep)
        var done = 0, new = 0, failed = 0
        let reports = run.run(subscriptions, cache: cache, protected: protected) { report in
            done += 1
            new += report.newArticles
            if !report.ok { failed += 1 }
            self.set("Fetching: \(done)/\(subscriptions.count) feeds, \(new) new, \(failed) failed", newArticles: report.newArticles > 0)
        }
        let failures = reports.filter { !$0.ok }.map { DisplaySanitizer.clean("\($0.url): \($0.message)") }
        set("Fetched \(reports.count - failures.count) of \(reports.count) feeds: \(new) new" + (failures.isEmpty ? "" : "; failed: " + failures.joined(separator: "; ")), done: true)
    }
}
