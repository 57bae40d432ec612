import ArgumentParser
import ArticleKit
import Foundation
import HighlightStore

/// `folio [read] FILE`: opens the article full screen.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the reader (the default: `folio FILE` is `folio read FILE`)."
    )

    @Option(help: "The store file (default: $FOLIO_STORE, else $XDG_DATA_HOME/folio/highlights.jsonl, else ~/.local/share/folio/highlights.jsonl).")
    var store: String?

    @Flag(help: "Start at the top instead of the saved reading position.")
    var fromStart = false

    /// Test hook: trap on purpose after this many keys, to check that a crash restores the terminal.
    @Option(help: .hidden)
    var testTrapAfterKeys: Int?

    @Argument(help: "The plain-text article to open, or - to read it from standard input.")
    var file: String

    func run() throws {
        let loadStart = EventTiming.now()
        let loaded = try ArticleInput.load(file)
        let loadMicros = EventTiming.micros(loadStart, EventTiming.now())
        let path = StoreLocation.resolve(flag: store, environment: ProcessInfo.processInfo.environment)
        try ReaderLoop.run(loaded, loadMicros: loadMicros, storePath: path, fromStart: fromStart, trapAfterKeys: testTrapAfterKeys)
    }
}
