import ArgumentParser
import ArticleKit

/// `folio dump`: prints an article's structure as text or JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the structure Folio finds in an article (title, lead, questions, sources, author note)."
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Argument(help: "The plain-text article to read.")
    var file: String

    func run() throws {
        let loaded = try ArticleInput.load(file)
        switch format {
        case .text: print(ArticleDump.text(loaded.document, displayTitle: loaded.displayTitle), terminator: "")
        case .json:
            // One write for the document (not print's buffered pieces), then print's newline.
            FileHandleOutput.standardOutput(ArticleDump.json(loaded.document))
            FileHandleOutput.standardOutput("\n")
        }
    }
}
