import ArgumentParser
import ArticleKit
import HighlightStore

/// `folio highlights`: lists saved highlights; `folio highlights add` saves one.
///
/// Listing is the default subcommand, so `folio highlights [FILE]` lists and
/// `folio highlights add FILE --quote TEXT` adds (a file named "add" or "list"
/// can be given as `./add`).
struct HighlightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "highlights",
        abstract: "List the highlights saved for an article, or for every article.",
        discussion: """
            The store is --store PATH, else $FOLIO_STORE, else \
            $XDG_DATA_HOME/folio/highlights.jsonl, else ~/.local/share/folio/highlights.jsonl.
            """,
        subcommands: [List.self, Add.self],
        defaultSubcommand: List.self
    )

    /// `folio highlights [FILE]`: lists highlights as text, Markdown or JSON.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the highlights of one article (by fingerprint, else path), or of all articles."
        )

        @Argument(help: "The article whose highlights to list (all articles when omitted).", completion: .file())
        var file: String?

        @Option(help: "Output format: text, markdown or json.")
        var format: HighlightFormat = .text

        @Option(help: "The highlights file to use.")
        var store: String?

        func run() throws {
            let store = try StoreAccess.open(store)
            let groups: [HighlightGroup]
            if let file {
                groups = [HighlightGroup.of(try StoreAccess.article(file), in: store.state)]
            } else {
                groups = HighlightGroup.all(in: store.state) { StoreAccess.stored($0) }
            }
            print(format.render(groups), terminator: "")
        }
    }

    /// `folio highlights add FILE --quote TEXT`: saves a highlight of a quote.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Highlight a quote in an article (with an optional note)."
        )

        @Argument(help: "The article to highlight in.", completion: .file())
        var file: String

        @Option(help: "The exact text to highlight.")
        var quote: String

        @Option(help: "A note to keep with the highlight.")
        var note: String?

        @Option(help: "Which occurrence to highlight when the quote occurs more than once (1 is the first).")
        var occurrence: Int?

        @Option(help: "The highlights file to use.")
        var store: String?

        func run() throws {
            let loaded = try StoreAccess.article(file)
            let bodies = SectionBodies(document: loaded.document)
            let found = bodies.occurrences(of: quote)
            let shownFile = DisplaySanitizer.clean(file)
            guard !found.isEmpty else { throw StoreAccess.fail("the quote is not in \(shownFile)") }
            let range: SectionRange
            if let occurrence {
                guard (1...found.count).contains(occurrence) else {
                    throw StoreAccess.fail("--occurrence \(occurrence) is out of range: the quote occurs \(StoreAccess.times(found.count)) in \(shownFile)")
                }
                range = found[occurrence - 1]
            } else {
                guard found.count == 1 else {
                    throw StoreAccess.fail("the quote occurs \(found.count) times in \(shownFile); choose one with --occurrence 1 to \(found.count)")
                }
                range = found[0]
            }
            guard let anchor = QuoteAnchor(range, in: bodies) else { throw StoreAccess.fail("the quote is not in \(shownFile)") }
            var store = try StoreAccess.open(store)
            let record = StoreRecord.highlight(anchor, in: ArticleIdentity(loaded), note: note.flatMap { $0.isEmpty ? nil : $0 })
            do {
                try store.append(record)
            } catch {
                throw StoreAccess.fail(error.notSaved("highlight"))
            }
            let section = HighlightGroup.label(range.section, heading: bodies.headings[range.section], count: bodies.count)
            print("Saved highlight \(record.id) in \u{201C}\(DisplaySanitizer.clean(section))\u{201D}.")
        }
    }
}

/// How the commands reach the store and articles, with one-line errors.
enum StoreAccess {
    /// Resolves the store path from the flag and environment and reads it.
    static func open(_ flag: String?) throws -> AnnotationStore {
        let path = StoreLocation.resolve(flag: flag)
        do {
            return try AnnotationStore.load(path: path)
        } catch {
            throw fail("cannot read the highlights store: \(error.description)")
        }
    }

    /// Loads an article (a file, or a page by URL), or fails with the loader's one-line reason.
    static func article(_ path: String) throws -> LoadedArticle {
        do {
            return try ArticleInput.load(path)
        } catch {
            throw fail(DisplaySanitizer.clean("\(error)"))
        }
    }

    /// An article named in the store, read without the network: a file, or
    /// the cached copy of a page; `nil` when it cannot be read.
    static func stored(_ path: String) -> LoadedArticle? {
        PageInput.isURL(path) ? PageInput.cached(path) : try? ArticleLoader.load(path: path)
    }

    /// Prints "folio: message" on stderr and returns the exit status 1 to throw.
    static func fail(_ message: String) -> ExitCode {
        FileHandleOutput.standardError("folio: \(DisplaySanitizer.clean(message))\n")
        return ExitCode(1)
    }

    /// "once", "twice" or "N times".
    static func times(_ count: Int) -> String {
        switch count {
        case 1: "once"
        case 2: "twice"
        default: "\(count) times"
        }
    }
}

extension HighlightFormat: ExpressibleByArgument {}
