#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import CursesTerminal
import ReaderCore

/// The reader's run loop: events in, `update`, `render`, present, effects out.
enum ReaderLoop {
    /// Opens `loaded` full screen until the user quits or a quit signal arrives.
    static func run(_ loaded: LoadedArticle) throws {
        let document = ReaderDocument(article: loaded.article, title: loaded.displayTitle)
        let colors = (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(colors: colors)
        } catch {
            throw Failure(error.description)
        }
        var state = ReaderState(document: document, size: terminal.size)
        var signal: Int32?
        loop: while true {
            terminal.present(render(state))
            var event: ReaderEvent?
            while event == nil {
                if let pending = terminal.pendingSignal { signal = pending; break loop }
                event = terminal.nextEvent()
            }
            for effect in update(&state, event!) {
                switch effect {
                case .quit: break loop
                }
            }
        }
        terminal.close()
        if let signal {
            // Die of the same signal, as a shell expects, now that the terminal is back.
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }
}
