#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import CursesTerminal
import Fetching
import HighlightStore
import Library
import ReaderCore

/// `folio` with no file: the library of fetched articles, each opening in the reader.
enum LibraryLoop {
    /// Runs the library until the user quits.
    ///
    /// With FOLIO_TIMING=path set, the time to the first screen and each
    /// event's update (with its effects), render and present times are
    /// appended to that file, as the reader does (see ``EventTiming``).
    static func run(cache cacheFlag: String?, store storeFlag: String?, feedsFile: String?, mouse: Bool) throws {
        let loadStart = EventTiming.now()
        let timing = EventTiming(path: getenv("FOLIO_TIMING").map { String(cString: $0) })
        var library = LibraryInput.open(cache: cacheFlag, store: storeFlag, quiet: true)
        let feedsPath = LibraryLocation.feedsFile(flag: feedsFile)
        let (config, configProblems) = ConfigInput.load()
        let colors = (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(colors: colors, mouse: false, theme: config.theme)
        } catch {
            throw Failure(error.description)
        }
        let feedList = feeds(library, feedsPath: feedsPath)
        var state = LibraryState(items: items(library, feeds: feedList), feeds: feedList, size: terminal.size, keymaps: config.keymaps)
        if let problem = (library.problems + configProblems).first { state.message = DisplaySanitizer.clean(problem) }
        var background: BackgroundFetch?
        // Feeds of the background fetch whose new articles the list already shows.
        var shown = 0
        var signal: Int32?
        // The event being timed: its label and microseconds of update and effects.
        var pending: (label: String, update: UInt64)? = ("open", EventTiming.micros(loadStart, EventTiming.now()))
        loop: while true {
            let renderStart = EventTiming.now()
            let screen = renderLibrary(state)
            let presentStart = EventTiming.now()
            terminal.present(screen)
            if let timing, let done = pending {
                let end = EventTiming.now()
                timing.record([("event", done.label), (done.label == "open" ? "load_us" : "update_us", "\(done.update)"),
                               ("render_us", "\(EventTiming.micros(renderStart, presentStart))"),
                               ("present_us", "\(EventTiming.micros(presentStart, end))")])
            }
            pending = nil
            var event: ReaderEvent?
            while event == nil {
                if let signalled = terminal.pendingSignal { signal = signalled; break loop }
                event = terminal.nextEvent()
                if let running = background {
                    let (line, stored, done) = running.poll()
                    state.activity = line
                    if done {
                        background = nil
                        state.activity = nil
                        state.message = line
                    }
                    // New articles appear as their feed lands, not only at the end.
                    if stored > shown || done {
                        shown = stored
                        library = reload(&state, cache: cacheFlag, store: storeFlag, feedsPath: feedsPath)
                    }
                    if event == nil { terminal.present(renderLibrary(state)) }
                }
            }
            let updateStart = EventTiming.now()
            if case .key(let key) = event! { pending = (key.label, 0) }
            for effect in updateLibrary(&state, event!) {
                switch effect {
                case .quit:
                    break loop
                case .open(let id):
                    guard let item = state.focusedItem, item.id == id else { continue }
                    do {
                        // A file or page opened before is read again from where it lives; a feed's article from the cache.
                        let loaded: LoadedArticle
                        if id < 0 {
                            loaded = try ArticleInput.load(item.key)
                        } else if let body = try? library.cache?.body(of: id) {
                            loaded = LoadedArticle(path: item.key, document: LibraryText.document(body))
                        } else {
                            state.message = "That article is no longer in the cache"
                            continue
                        }
                        let reach = try ReaderLoop.run(loaded, storePath: library.storePath, fromStart: false, mouse: mouse, terminal: terminal)
                        try? library.cache?.setProgress(reach.progress, for: item.key)
                        if id >= 0, reach.isRead, !item.read { state.message = save(.mark(item.key, read: true), to: library.storePath) }
                    } catch {
                        state.message = DisplaySanitizer.clean("\(error)")
                    }
                    library = reload(&state, cache: cacheFlag, store: storeFlag, feedsPath: feedsPath)
                    state.size = terminal.size
                case .mark(let key, let read):
                    state.message = save(.mark(key, read: read), to: library.storePath) ?? (read ? "Marked read" : "Marked unread")
                case .markFeedRead(let url):
                    if let problem = save(.allRead(feed: url), to: library.storePath) { state.message = problem }
                case .fetch:
                    if background != nil { state.message = "A fetch is already running"; continue }
                    do {
                        let file = try FeedsFile.load(path: feedsPath)
                        guard !file.subscriptions.isEmpty else { state.message = "No feeds: add one with `folio feeds add URL`"; continue }
                        background = BackgroundFetch.start(file.subscriptions, cachePath: library.cache?.path ?? LibraryLocation.cacheFile(flag: cacheFlag),
                                                           protected: library.status.protectedKeys, keep: config.keep)
                        state.activity = "Fetching \(file.subscriptions.count) feed(s)…"
                        shown = 0
                    } catch {
                        state.message = DisplaySanitizer.clean(error.description)
                    }
                case .openPage(let id):
                    guard let link = (try? library.cache?.body(of: id))??.link else { state.message = "This article has no link"; continue }
                    state.message = ReaderLoop.openInBrowser(link, browser: config.browser, terminal: terminal)
                case .search(let query):
                    pending = ("search", 0)
                    let ids = (try? library.cache?.search(query)) ?? []
                    state.showSearch(query, ids: ids)
                }
            }
            if let label = pending?.label { pending = (label, EventTiming.micros(updateStart, EventTiming.now())) }
        }
        background?.wait()
        terminal.close()
        timing?.close()
        if let signal {
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }

    /// Reads the cache and the store again and hands the new rows to `state`, which keeps its place.
    static func reload(_ state: inout LibraryState, cache: String?, store: String?, feedsPath: String) -> LibraryInput {
        let library = LibraryInput.open(cache: cache, store: store, quiet: true)
        let feedList = feeds(library, feedsPath: feedsPath)
        state.replaceItems(items(library, feeds: feedList), feeds: feedList)
        return library
    }

    /// Appends one record to the store; returns a message when it could not be saved.
    static func save(_ record: StoreRecord, to path: String) -> String? {
        do {
            var store = try AnnotationStore.load(path: path)
            try store.append(record)
            return nil
        } catch {
            return "Not saved: \(error.description)"
        }
    }

    /// The list rows of the library's articles.
    static func items(_ library: LibraryInput, feeds: [(url: String, title: String)]) -> [LibraryItem] {
        // Each article's feed by the cache's row id: an integer lookup, not a URL hash, per article.
        let rows = (try? library.cache?.feedIDs()) ?? [:]
        var place: [Int64: (index: Int, title: String)] = [:]
        for (index, feed) in feeds.enumerated() { if let row = rows[feed.url] { place[row] = (index, feed.title) } }
        let progress = (try? library.cache?.progress()) ?? [:]
        let isLibraryKey = { (paths: Set<String>) in (try? library.cache?.existingKeys(Array(paths))) ?? [] }
        var items = library.status.openedElsewhere(isLibraryKey: isLibraryKey).enumerated().map { index, entry in
            LibraryItem(id: -Int64(index + 1), feedURL: LibraryItem.openedFeed, key: entry.path,
                        title: entry.title ?? entry.path, feedTitle: PageInput.isURL(entry.path) ? "web" : "file",
                        time: RecordTime.seconds(entry.time) ?? 0, read: true,
                        highlights: library.status.highlights[entry.path] ?? 0, progress: progress[entry.path])
        }
        items.reserveCapacity(items.count + ((try? library.cache?.articleCount()) ?? 0))
        try? library.cache?.forEachArticle { article in
            let feed = place[article.feedID]
            items.append(LibraryItem(id: article.id, feedURL: article.feedURL, key: article.key,
                                     title: article.title ?? "(untitled)",
                                     feedTitle: feed?.title ?? DisplaySanitizer.clean(article.feedURL), time: article.time,
                                     read: library.status.isRead(article), highlights: library.status.highlightCount(article),
                                     progress: progress.isEmpty ? nil : progress[article.key], feedIndex: feed?.index ?? -1))
        }
        return items
    }

    /// The feeds column: subscriptions in file order, then feeds only the cache still has.
    static func feeds(_ library: LibraryInput, feedsPath: String) -> [(url: String, title: String)] {
        let cached = (try? library.cache?.feeds()) ?? []
        let titles = Dictionary(cached.map { ($0.url, $0.title) }, uniquingKeysWith: { a, _ in a })
        var result: [(url: String, title: String)] = []
        for subscription in (try? FeedsFile.load(path: feedsPath))?.subscriptions ?? [] {
            let title = subscription.title ?? titles[subscription.url].flatMap { $0 } ?? subscription.url
            result.append((subscription.url, DisplaySanitizer.clean(title)))
        }
        for feed in cached where !result.contains(where: { $0.url == feed.url }) && feed.articleCount > 0 {
            result.append((feed.url, DisplaySanitizer.clean(feed.title ?? feed.url)))
        }
        return result
    }
}
