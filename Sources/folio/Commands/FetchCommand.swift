#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ArticleKit
import Fetching
import Library

/// `folio fetch [--jobs N] [FEED...]`: fetches the subscribed feeds into the library cache.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every subscribed feed (or the named ones) into the library, several at a time.",
        discussion: "Conditional GET (ETag, Last-Modified): an unchanged feed costs a 304. Entries that carry only a teaser are completed with their page (tag a feed no-full-text to skip). Exit status 0 when every feed was fetched, 1 when some failed."
    )

    @OptionGroup var location: FeedsCommand.Location

    @Option(help: "Feeds fetched at once.")
    var jobs: Int = 8

    @Option(help: "Articles kept per feed (default: the config file's keep, else 500; those with highlights, bookmarks or notes are always kept).")
    var keep: Int?

    @Option(help: "The library cache (default: $FOLIO_LIBRARY, else $XDG_CACHE_HOME/folio/library.sqlite).")
    var cache: String?

    @Option(help: "The store file (default as for `folio read`).")
    var store: String?

    @Argument(help: "Feed URLs to fetch (default: every subscription).")
    var feeds: [String] = []

    func validate() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    }

    func run() throws {
        var file = try location.load()
        for problem in file.problems { FileHandleOutput.standardError("folio: \(location.path): \(problem) (kept, not used)\n") }
        var chosen = file.subscriptions
        if !feeds.isEmpty {
            let unknown = feeds.filter { file.subscription(for: $0) == nil }
            guard unknown.isEmpty else { throw Failure("not subscribed: \(unknown.map(DisplaySanitizer.clean).joined(separator: ", "))") }
            chosen = chosen.filter { feeds.contains($0.url) }
        }
        guard !chosen.isEmpty else { throw Failure("no feeds: add one with `folio feeds add URL`") }
        let library = LibraryInput.open(cache: cache, store: store)
        guard let cacheDB = library.cache else { throw ExitStatus.failure }
        let run = LibraryFetch(fetcher: FeedFetcher(userAgent: PageFetcher.userAgent(version: FolioVersion.string)), jobs: jobs, keep: keep ?? ConfigInput.load().config.keep)
        let progress = FetchProgress(total: chosen.count, terminal: isatty(STDOUT_FILENO) == 1)
        let reports = run.run(chosen, cache: cacheDB, protected: library.status.protectedKeys) { progress.show($0) }
        progress.finish()
        var moved = 0
        for report in reports {
            guard let target = report.movedTo, file.replaceURL(report.url, with: target) else { continue }
            moved += 1
            print("Moved permanently: \(DisplaySanitizer.clean(report.url)) -> \(DisplaySanitizer.clean(target)) (feeds file updated)")
        }
        if moved > 0 { try location.save(file) }
        let failed = reports.filter { !$0.ok }
        for report in failed where progress.terminal {
            print("failed: \(DisplaySanitizer.clean(report.url)): \(DisplaySanitizer.clean(report.message))")
        }
        let new = reports.map(\.newArticles).reduce(0, +)
        print("Fetched \(reports.count - failed.count) of \(reports.count) feeds: \(new) new article(s), \(failed.count) failed")
        if !failed.isEmpty { throw ExitStatus.failure }
    }
}

/// What `folio fetch` shows while it runs: a bar on a terminal, else a line per feed.
final class FetchProgress {
    let total: Int
    let terminal: Bool
    private var done = 0
    private var new = 0
    private var failed = 0

    init(total: Int, terminal: Bool) {
        self.total = total
        self.terminal = terminal
        if terminal { draw() }
    }

    /// One feed finished.
    func show(_ report: LibraryFetch.FeedReport) {
        done += 1
        new += report.newArticles
        if !report.ok { failed += 1 }
        if terminal {
            draw()
        } else {
            let state = report.ok ? "ok" : "failed"
            print("\(state): \(DisplaySanitizer.clean(report.url)): \(DisplaySanitizer.clean(report.message))")
        }
    }

    /// Ends the bar's line.
    func finish() {
        if terminal { FileHandleOutput.standardOutput("\r\u{1B}[K") }
    }

    private func draw() {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandleOutput.standardOutput("\r[\(bar)] \(done)/\(total) feeds, \(new) new, \(failed) failed\u{1B}[K")
    }
}
