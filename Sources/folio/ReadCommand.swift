import ArgumentParser
import ArticleKit

/// `folio [read] FILE`: opens the article full screen.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the reader (the default: `folio FILE` is `folio read FILE`)."
    )

    @Argument(help: "The plain-text article to open, or - to read it from standard input.")
    var file: String

    func run() throws {
        let loaded = try ArticleInput.load(file)
        try ReaderLoop.run(loaded)
    }
}
