import ArgumentParser
import ArticleKit
import HighlightStore

/// `folio [read] FILE`: opens the article full screen.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the reader (the default: `folio FILE` is `folio read FILE`); with no FILE, the library of fetched feeds."
    )

    @Option(help: "The store file (default: $FOLIO_STORE, else $XDG_DATA_HOME/folio/highlights.jsonl, else ~/.local/share/folio/highlights.jsonl).")
    var store: String?

    @Flag(help: "Start at the top instead of the saved reading position.")
    var fromStart = false

    @Flag(help: "Leave the mouse to the terminal (no clicks, wheel or drag in Folio).")
    var noMouse = false

    /// Test hook: trap on purpose after this many keys, to check that a crash restores the terminal.
    @Option(help: .hidden)
    var testTrapAfterKeys: Int?

    @Option(help: "The library cache, for the library (default: $FOLIO_LIBRARY, else $XDG_CACHE_HOME/folio/library.sqlite).")
    var cache: String?

    @Argument(help: "The article: a file (plain text, HTML or Markdown), an http(s) URL, or - for standard input. Without it, the library opens.", completion: .file())
    var file: String?

    func run() throws {
        guard let file else {
            try LibraryLoop.run(cache: cache, store: store, feedsFile: nil, mouse: !noMouse)
            return
        }
        try Self.open(file, store: store, fromStart: fromStart, mouse: !noMouse, trapAfterKeys: testTrapAfterKeys)
    }

    /// Loads `file` and runs the reader on it.
    static func open(_ file: String, store: String?, fromStart: Bool, mouse: Bool = true, trapAfterKeys: Int?) throws {
        let loadStart = EventTiming.now()
        // A large file is painted from its start first, then read whole.
        let preview = try ArticleInput.preview(file)
        let first = try preview ?? ArticleInput.load(file)
        let rest: (() throws -> LoadedArticle)? = preview == nil ? nil : { try ArticleInput.load(file) }
        let loadMicros = EventTiming.micros(loadStart, EventTiming.now())
        let path = StoreLocation.resolve(flag: store)
        try ReaderLoop.run(first, rest: rest, loadMicros: loadMicros, storePath: path, fromStart: fromStart,
                           mouse: mouse, trapAfterKeys: trapAfterKeys)
    }

    /// The file of a plain `folio FILE`, the common case that can skip the argument parser.
    ///
    /// Parsing with ArgumentParser costs milliseconds of runtime type lookups at
    /// start-up; a single argument that is neither an option nor a subcommand
    /// name means exactly `folio read FILE`, so it is opened directly.
    static func plainFile(in arguments: [String]) -> String? {
        guard arguments.count == 1, let file = arguments.first, !file.isEmpty else { return nil }
        guard file == "-" || !file.hasPrefix("-") else { return nil }
        // The subcommand names (and ArgumentParser's own `help`) go through the parser. They are
        // bare words, so a path with "/" or "." needs no look at them (building the parser's
        // configuration costs about 60 µs before the first screen).
        if file.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) { return file }
        let names = Folio.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        return names.contains(file) ? nil : file
    }
}
