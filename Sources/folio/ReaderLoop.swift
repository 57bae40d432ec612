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
    /// With FOLIO_TIMING=path set, the time of update + effects + render + present
    /// for each event is appended to that file, one line of microseconds each (for `make bench`).
    static func run(_ loaded: LoadedArticle, storePath: String, fromStart: Bool, trapAfterKeys: Int? = nil) throws {
        let document = ReaderDocument(article: loaded.article, title: loaded.displayTitle)
        let session = AnnotationSession(path: storePath, loaded: loaded)
        let colors = (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(colors: colors)
        } catch {
            throw Failure(error.description)
        }
        var state = ReaderState(document: document, size: terminal.size)
        session.refresh(&state)
        if !fromStart, let position = session.savedPosition {
            state.show(section: position.section, offset: position.offset)
        }
        if let problem = session.openError { state.report(problem) }
        var signal: Int32?
        let timing = EventTiming(path: getenv("FOLIO_TIMING").map { String(cString: $0) })
        var keys = 0
        var started: UInt64?
        loop: while true {
            terminal.present(render(state))
            if let started { timing?.record(since: started) }
            var event: ReaderEvent?
            while event == nil {
                if let pending = terminal.pendingSignal { signal = pending; break loop }
                event = terminal.nextEvent()
            }
            started = EventTiming.now()
            if case .key = event! {
                keys += 1
                if let trapAfterKeys, keys >= trapAfterKeys { fatalError("deliberate trap (--test-trap-after-keys)") }
            }
            let effects = update(&state, event!)
            var quit = false
            for effect in effects {
                if effect == .quit { quit = true; continue }
                if let problem = session.perform(effect) { state.report(problem) }
            }
            if !effects.isEmpty { session.refresh(&state) }
            if quit { break loop }
        }
        if signal != nil {
            // A quit signal still saves the reading position, like q.
            _ = session.perform(state.positionEffect)
        }
        terminal.close()
        timing?.close()
        if session.unsavedCount > 0 {
            FileHandleOutput.standardError("folio: \(session.unsavedCount) change(s) to highlights or bookmarks could not be saved to \(storePath)\n")
        }
        if let signal {
            // Die of the same signal, as a shell expects, now that the terminal is back.
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        if session.unsavedCount > 0 { throw ExitStatus.failure }
    }
}

/// Exit quietly with status 1 after the message was already printed.
enum ExitStatus: Error {
    case failure
}
