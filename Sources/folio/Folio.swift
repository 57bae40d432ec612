import ArgumentParser
import ArticleKit
#if canImport(Glibc)
import Glibc
#endif

/// The `folio` command: opens an article in the reader, or runs a subcommand.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A terminal news reader that shows an article's questions as panes.",
        discussion: "`folio FILE` opens the reader (FILE may be - for standard input). Press ? inside it for the keys.",
        version: FolioVersion.string,
        subcommands: [ReadCommand.self, DumpCommand.self, HighlightsCommand.self, DoctorCommand.self, KeysCommand.self, ConfigCommand.self, FeedCommand.self, FeedsCommand.self, FetchCommand.self, CompactCommand.self, ManualCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command; a ``Failure`` becomes "folio: message" on stderr and exit status 1.
    static func main() {
        do {
            let arguments = launchArguments()
            if let file = ReadCommand.plainFile(in: arguments) {
                try ReadCommand.open(file, store: nil, fromStart: false, trapAfterKeys: nil)
                return
            }
            // A plain `folio` is the library: no parsing to do (it costs milliseconds at start-up).
            if arguments.isEmpty {
                try LibraryLoop.run(cache: nil, store: nil, feedsFile: nil, mouse: true)
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch ExitStatus.failure {
            Glibc.exit(1)
        } catch let failure as Failure {
            FileHandleOutput.standardError("folio: \(failure.message)\n")
            Glibc.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

extension Folio {
    /// The arguments after the program's name, read from `argv` in a plain loop. (The
    /// stdlib's `CommandLine.arguments` builds its array through generic code that looks
    /// up type metadata by name: about 60 µs before the first screen.)
    static func launchArguments() -> [String] {
        let count = Int(CommandLine.argc)
        // Filled in place: growing an array (reserveCapacity, append) goes through the
        // standard library's unspecialized code, which looks the array's type up by name.
        var arguments = [String](repeating: "", count: max(0, count - 1))
        var index = 1
        while index < count {
            arguments[index - 1] = CommandLine.unsafeArgv[index].map { String(cString: $0) } ?? ""
            index += 1
        }
        return arguments
    }
}

/// The version `folio --version` prints.
enum FolioVersion {
    static let string = "0.1.0"
}
