import ArgumentParser
import ArticleKit
import ReaderCore

/// `folio config check|show`: validates the config file, or prints the effective configuration.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file, or print the effective configuration.",
        discussion: "The file is $FOLIO_CONFIG, else $XDG_CONFIG_HOME/folio/config.toml, else ~/.config/folio/config.toml.",
        subcommands: [Check.self, Show.self]
    )

    /// `folio config check [PATH]`: every problem with its line and column; exit 1 if any.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report unknown settings, views, operations and keys, keys bound twice and bad colours, with line and column.")

        @Argument(help: "The config file (default: the one Folio reads; - for standard input).", completion: .file())
        var path: String?

        func run() throws {
            let file = path ?? ConfigInput.path() ?? ""
            let text: String?
            if file == "-" {
                text = TextDecoding.decode(ConfigCommand.standardInput())
            } else {
                text = ConfigInput.readText(file)
            }
            guard let text else { throw Failure("\(DisplaySanitizer.clean(file)): cannot read the config file") }
            let problems = FolioConfig.read(text).problems
            for problem in problems { print("\(DisplaySanitizer.clean(file)): \(DisplaySanitizer.clean(problem.description))") }
            if !problems.isEmpty { throw ExitCode(1) }
            print("\(DisplaySanitizer.clean(file)): OK")
        }
    }

    /// `folio config show`: the effective configuration, every default written out, as a starting file.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective configuration with every default, as a file to start from.")

        func run() throws {
            let (config, problems) = ConfigInput.load()
            for problem in problems { FileHandleOutput.standardError("folio: \(DisplaySanitizer.clean(problem))\n") }
            print(config.fileText, terminator: "")
        }
    }

    /// Everything on standard input.
    static func standardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        while let line = readLine(strippingNewline: false) { bytes += Array(line.utf8) }
        return bytes
    }
}
