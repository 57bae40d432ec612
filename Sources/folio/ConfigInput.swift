#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import ReaderCore

/// Finds and reads the user's config file: $FOLIO_CONFIG, else $XDG_CONFIG_HOME/folio/config.toml, else ~/.config/folio/config.toml.
enum ConfigInput {
    /// Where the config file is looked for.
    static func path() -> String? {
        let environment = { (name: String) in getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
        if let explicit = environment("FOLIO_CONFIG") { return explicit }
        if let xdg = environment("XDG_CONFIG_HOME"), xdg.hasPrefix("/") { return xdg + "/folio/config.toml" }
        return environment("HOME").map { $0 + "/.config/folio/config.toml" }
    }

    /// The config and its problems as one-line messages; the defaults when there is no file
    /// (nothing is read then, so a missing file costs a `stat` at start-up).
    static func load(path: String? = ConfigInput.path()) -> (config: FolioConfig, problems: [String]) {
        guard let path, access(path, F_OK) == 0 else { return (FolioConfig(), []) }
        guard let text = readText(path) else { return (FolioConfig(), ["config \(path) could not be read; the defaults are used"]) }
        let (config, problems) = FolioConfig.read(text)
        return (config, problems.map { "config \(path), \($0)" })
    }

    /// The file's text (invalid UTF-8 repaired), or `nil` when it cannot be read.
    static func readText(_ path: String) -> String? {
        guard let bytes = try? FileBytes.contents(of: path) else { return nil }
        return TextDecoding.decode(bytes)
    }
}
