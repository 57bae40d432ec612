import ArgumentParser
import ArticleKit
import FeedKit
import Fetching

/// `folio feed show FILE|URL`: parses one feed without subscribing.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Read one feed (RSS 0.9x, 1.0, 2.0, Atom 0.3, 1.0, JSON Feed 1.0, 1.1) without subscribing.",
        subcommands: [Show.self]
    )

    /// `folio feed show FILE|URL [--format json|text]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a feed's title, link and entries (id, title, link, dates, authors, summary, content).")

        /// The output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @Option(help: "Output format: json (the contract for scripts) or text.")
        var format: Format = .text

        @Argument(help: "The feed: a file, an http(s) URL, or - for standard input.", completion: .file())
        var source: String

        func run() throws {
            let bytes: [UInt8]
            var url: String?
            if PageInput.isURL(source) {
                do {
                    let page = try PageFetcher().fetch(url: source, userAgent: PageFetcher.userAgent(version: FolioVersion.string))
                    bytes = page.body
                    url = page.finalURL
                } catch {
                    throw Failure("\(DisplaySanitizer.clean(source)): \(error)")
                }
            } else if source == "-" {
                bytes = Array(ConfigCommand.standardInput())
            } else {
                do {
                    bytes = try FileBytes.contents(of: source)
                } catch {
                    throw Failure(error.description)
                }
            }
            let feed: Feed
            do {
                feed = try FeedReader.read(bytes, url: url)
            } catch {
                throw Failure("\(DisplaySanitizer.clean(source)): \(error.description)")
            }
            switch format {
            case .json: FileHandleOutput.standardOutput(FeedOutput.json(feed) + "\n")
            case .text: print(FeedOutput.text(feed), terminator: "")
            }
        }
    }
}
