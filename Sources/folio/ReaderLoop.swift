#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import CursesTerminal
import ReaderCore

/// The reader's run loop: events in, `update`, `render`, present, effects out.
enum ReaderLoop {
    /// Opens `loaded` full screen until the user quits or a quit signal arrives.
    ///
    /// With FOLIO_TIMING=path set, each event's update, effects, render and
    /// present times are appended to that file (see ``EventTiming``).
    /// When `rest` is given, `first` is only the start of the article: it is
    /// painted, then `rest` loads the whole article, which replaces it before
    /// any key is read.
    /// With `terminal` given (the library's), the reader draws on it and leaves
    /// it open when the user quits; it returns how far the reader got.
    @discardableResult
    static func run(_ first: LoadedArticle, rest: (() throws -> LoadedArticle)? = nil, loadMicros: UInt64 = 0,
                    storePath: String, fromStart: Bool, mouse: Bool = true, trapAfterKeys: Int? = nil,
                    terminal shared: TerminalSession? = nil) throws -> ReadingReach {
        var loaded = first
        let timing = EventTiming(path: getenv("FOLIO_TIMING").map { String(cString: $0) })
        var projection = TextProjection(loaded.document)
        let document = ReaderDocument(document: loaded.document, projection: projection, title: loaded.displayTitle)
        let colors = (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        let (config, configProblems) = ConfigInput.load()
        let terminal: TerminalSession
        if let shared {
            terminal = shared
        } else {
            do {
                terminal = try TerminalSession(colors: colors, mouse: mouse && config.mouse, theme: config.theme)
            } catch {
                throw Failure(error.description)
            }
        }
        var state = ReaderState(document: document, size: terminal.size, keymaps: config.keymaps, options: config.readerOptions)
        for problem in configProblems { _ = update(&state, .report(DisplaySanitizer.clean(problem))) }
        if rest != nil { _ = update(&state, .report("Reading the rest of the article…")) }
        // Paint the text before reading the store: the store and the article's
        // fingerprint take a while on large files. A saved position is shown
        // right after, with the second paint.
        terminal.present(render(state))
        if let rest {
            do {
                loaded = try rest()
            } catch {
                terminal.close()
                throw error
            }
            projection = TextProjection(loaded.document)
            state = ReaderState(document: ReaderDocument(document: loaded.document, projection: projection, title: loaded.displayTitle),
                                size: terminal.size, keymaps: config.keymaps, options: config.readerOptions)
            for problem in configProblems { _ = update(&state, .report(DisplaySanitizer.clean(problem))) }
        }
        let storeStart = EventTiming.now()
        var session = attach(&state, loaded: loaded, projection: projection, storePath: storePath, fromStart: fromStart)
        let inbox = EventInbox()
        // Articles left by following a link, to come back to with `back`.
        var history: [(state: ReaderState, session: AnnotationSession)] = []
        let storeMicros = EventTiming.micros(storeStart, EventTiming.now())
        var signal: Int32?
        var keys = 0
        // Times of the event being handled: (label, update, effects) in microseconds.
        var pending: (label: String, update: UInt64, effects: UInt64)? = ("open", 0, 0)
        loop: while true {
            let renderStart = EventTiming.now()
            let screen = render(state)
            let presentStart = EventTiming.now()
            terminal.present(screen)
            if let timing, let done = pending {
                let end = EventTiming.now()
                let drawing = [("render_us", "\(EventTiming.micros(renderStart, presentStart))"),
                               ("present_us", "\(EventTiming.micros(presentStart, end))")]
                if done.label == "open" {
                    timing.record([("event", "open"), ("load_us", "\(loadMicros)"), ("store_us", "\(storeMicros)")] + drawing)
                } else {
                    timing.record([("event", done.label), ("update_us", "\(done.update)"), ("effects_us", "\(done.effects)")] + drawing)
                }
            }
            pending = nil
            var event = inbox.next()
            while event == nil {
                if let signalled = terminal.pendingSignal { signal = signalled; break loop }
                event = terminal.nextEvent() ?? inbox.next()
            }
            if case .key = event! {
                keys += 1
                if let trapAfterKeys, keys >= trapAfterKeys { fatalError("deliberate trap (--test-trap-after-keys)") }
            }
            let updateStart = EventTiming.now()
            let effects = update(&state, event!)
            let effectsStart = EventTiming.now()
            var quit = false
            for effect in effects {
                switch effect {
                case .quit:
                    quit = true
                case .openURL(let url):
                    inbox.post([.report(openInBrowser(url, browser: config.browser, terminal: terminal))])
                case .copy(let text):
                    terminal.copyToClipboard(text)
                case .readURL(let url):
                    _ = update(&state, .report("Fetching \(DisplaySanitizer.clean(url))…"))
                    terminal.present(render(state))
                    do {
                        let page = try PageInput.load(url)
                        let projection = TextProjection(page.document)
                        var options = config.readerOptions
                        options.canGoBack = true
                        var next = ReaderState(document: ReaderDocument(document: page.document, projection: projection, title: page.displayTitle),
                                               size: terminal.size, keymaps: config.keymaps, options: options)
                        let nextSession = attach(&next, loaded: page, projection: projection, storePath: storePath, fromStart: false)
                        history.append((state, session))
                        (state, session) = (next, nextSession)
                    } catch {
                        inbox.post([.report("\(error)")])
                    }
                case .back:
                    guard let previous = history.popLast() else { continue }
                    (state, session) = previous
                    inbox.post([.resize(terminal.size), .report("Back to \(state.document.title)")])
                default:
                    inbox.post(session.results(of: effect))
                }
            }
            if quit { break loop }
            let label: String
            switch event! {
            case .key(let key): label = key.label
            case .resize: label = "resize"
            default: label = "result"
            }
            pending = (label, EventTiming.micros(updateStart, effectsStart), EventTiming.micros(effectsStart, EventTiming.now()))
        }
        if signal != nil {
            // A quit signal still saves the reading position, like q.
            _ = session.perform(state.positionEffect)
        }
        if shared == nil || signal != nil { terminal.close() }
        timing?.close()
        let unsaved = history.map(\.session.unsavedCount).reduce(session.unsavedCount, +)
        if unsaved > 0 {
            FileHandleOutput.standardError("folio: \(unsaved) change(s) to highlights or bookmarks could not be saved to \(storePath)\n")
        }
        if let signal {
            // Die of the same signal, as a shell expects, now that the terminal is back.
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        if unsaved > 0 && shared == nil { throw ExitStatus.failure }
        return ReadingReach(pane: state.paneIndex, panes: state.document.panes.count, percent: state.percent)
    }

    /// Opens the store for `loaded` and hands its highlights, bookmarks and saved position to `state`.
    private static func attach(_ state: inout ReaderState, loaded: LoadedArticle, projection: TextProjection,
                               storePath: String, fromStart: Bool) -> AnnotationSession {
        let session = AnnotationSession(path: storePath, loaded: loaded, projection: projection)
        _ = update(&state, session.annotations)
        if !fromStart, let position = session.savedPosition {
            _ = update(&state, .restorePosition(section: position.section, offset: position.offset))
        }
        if let notice = loaded.document.metadata.notice { _ = update(&state, .report(DisplaySanitizer.clean(notice))) }
        if let problem = session.openError { _ = update(&state, .report(problem)) }
        return session
    }

    /// Runs the browser on `url` with the terminal given back meanwhile; returns what to say.
    static func openInBrowser(_ url: String, browser: String?, terminal: TerminalSession) -> String {
        var environment: [String: String] = [:]
        for name in ["BROWSER", "PATH"] { if let value = getenv(name) { environment[name] = String(cString: value) } }
        // The config's browser comes first, then $BROWSER.
        if let browser { environment["BROWSER"] = browser }
        guard let command = BrowserLauncher.command(environment: environment) else {
            return "Cannot open links: set $BROWSER (no xdg-open on the PATH)"
        }
        terminal.suspend()
        let result = BrowserLauncher.run(command + [url])
        terminal.resume()
        return result
    }
}

/// How far the reader got in an article: the pane it was on and how far down it.
struct ReadingReach {
    var pane: Int
    var panes: Int
    var percent: Int

    /// Through the article: 0...100, counting each pane as an equal share.
    var progress: Int {
        guard panes > 0 else { return 100 }
        return min(100, (pane * 100 + percent) / panes)
    }

    /// Read to the end, or most of the way: the last pane mostly seen, or 80% through.
    var isRead: Bool { (pane >= panes - 1 && percent >= 80) || progress >= 80 }
}

/// Exit quietly with status 1 after the message was already printed.
enum ExitStatus: Error {
    case failure
}
