import ArgumentParser
import ArticleKit

/// `folio dump`: prints an article's structure as text or JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the structure Folio finds in an article: title, byline, date, sections with their blocks, sources, author note, links."
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Argument(help: "The article: a file (plain text, HTML or Markdown), an http(s) URL, or - for standard input.", completion: .file())
    var file: String

    func run() throws {
        let loaded = try ArticleInput.load(file)
        // A reader's notice (an index page, an offline copy) goes to stderr: stdout stays the structure.
        if let notice = loaded.document.metadata.notice {
            FileHandleOutput.standardError("folio: \(DisplaySanitizer.clean(notice))\n")
        }
        switch format {
        case .text: print(ArticleDump.text(loaded.document, displayTitle: loaded.displayTitle), terminator: "")
        case .json:
            // One write for the document (not print's buffered pieces), then print's newline.
            FileHandleOutput.standardOutput(ArticleDump.json(loaded.document))
            FileHandleOutput.standardOutput("\n")
        }
    }
}
