import ArgumentParser
import ReaderCore

/// The `folio(1)` manual page, generated from the command tree and the keymaps so it cannot drift from them.
enum ManualPage {
    /// The whole page in man(7) macros.
    static func roff() -> String {
        var page = """
        .TH FOLIO 1 "" "Folio \(FolioVersion.string)" "User Commands"
        .SH NAME
        folio \\- \(Roff.escape(Folio.configuration.abstract))
        .SH SYNOPSIS
        .B folio
        .I FILE|URL
        .br
        .B folio
        .I COMMAND
        .RI [ OPTIONS ]
        .SH DESCRIPTION
        \(Roff.escape(description))
        .SH COMMANDS

        """
        for (name, command) in commands(Folio.self, prefix: "folio") {
            page += ".SS \(Roff.escape(name))\n"
            page += ".nf\n" + Roff.escape(Folio.helpMessage(for: command, columns: 78)) + "\n.fi\n"
        }
        page += ".SH KEYS\n" + Roff.escape(keysIntroduction) + "\n"
        for section in KeyTable.sections(.standard) {
            page += ".SS \(Roff.escape(section.title))\n"
            for row in section.rows {
                page += ".TP\n.B \(Roff.escape(row.keys.joined(separator: ", ")))\n\(Roff.escape(row.help)) [\(Roff.escape(row.operation))]\n"
            }
        }
        for (title, entries) in sections {
            page += ".SH \(title)\n"
            for (term, text) in entries { page += ".TP\n.B \(Roff.escape(term))\n\(Roff.escape(text))\n" }
        }
        return page
    }

    /// Every command below `root`, depth first, named as typed ("folio highlights add").
    static func commands(_ root: ParsableCommand.Type, prefix: String) -> [(String, ParsableCommand.Type)] {
        var found: [(String, ParsableCommand.Type)] = []
        for command in root.configuration.subcommands where command.configuration.shouldDisplay {
            let name = prefix + " " + (command.configuration.commandName ?? "")
            found.append((name, command))
            found += commands(command, prefix: name)
        }
        return found
    }

    static let description = """
        Folio is a terminal news reader. It opens an article (plain text, an HTML page or Markdown, from a file, standard input or an http(s) URL), finds its structure (title, byline, date, the lead, one section per heading, sources and a note about the author) and shows each section as a pane. Questions in the headings become panes you jump to with 1-9. You can select text and keep it as a highlight with a note, bookmark paragraphs, search, follow links and use the mouse; highlights, notes, bookmarks and the reading position are kept in one flat file (see FILES) that survives crashes, two open copies and hand edits.
        """

    static let keysIntroduction = """
        Each view has its own keys; the operation names in brackets are the names a configuration file uses. `folio keys` prints the same tables in Markdown. Links open with $BROWSER, else xdg-open, the URL passed as one argument and never through a shell; only http, https and mailto links open. The mouse (unless --no-mouse) focuses a pane from the outline, opens the links list on a link, scrolls with the wheel and selects text by dragging.
        """

    /// The sections after the keys, each a list of terms and what they mean.
    static let sections: [(String, [(String, String)])] = [
        ("FILES", [
            ("$XDG_CONFIG_HOME/folio/config.toml (else ~/.config/folio/config.toml)",
             "Settings: theme (dark or light), width, browser, mouse, copy, [keys.<view>] remaps by operation name, [colors] per style. `folio config show` prints them all; `folio config check` reports each problem with its line and column."),
            ("$XDG_DATA_HOME/folio/highlights.jsonl (else ~/.local/share/folio/highlights.jsonl)",
             "The store: highlights, notes, bookmarks and reading positions, one JSON record a line, appended under a lock and fsynced. $FOLIO_STORE or --store name another file."),
            ("$XDG_CACHE_HOME/folio/pages (else ~/.cache/folio/pages)",
             "Pages fetched by URL, read again when the network cannot be reached. $FOLIO_CACHE names another folder."),
        ]),
        ("ENVIRONMENT", [
            ("FOLIO_STORE", "The store file, unless --store is given."),
            ("XDG_DATA_HOME", "Where the store lives by default."),
            ("FOLIO_CONFIG", "The config file (default $XDG_CONFIG_HOME/folio/config.toml, else ~/.config/folio/config.toml)."),
            ("FOLIO_CACHE", "The page cache folder."),
            ("XDG_CACHE_HOME", "Where the page cache lives by default."),
            ("BROWSER", "The program links open in (its first colon-separated entry, split at spaces); else xdg-open."),
            ("HTTPS_PROXY, HTTP_PROXY, NO_PROXY (and lower-case forms)", "Passed to curl when fetching a page."),
            ("NO_COLOR", "When set and not empty, no colours: bold, underline and reverse only."),
            ("TERM", "The terminal type; an unknown or too limited one is a clear error."),
        ]),
        ("EXIT STATUS", [
            ("0", "Success."),
            ("1", "Bad input, a missing file, a page that could not be fetched, an unknown terminal, changes that could not be saved, or doctor found a problem; one line on standard error says which."),
        ]),
        ("EXAMPLES", [
            ("folio article.txt", "Read a saved article."),
            ("folio https://example.org/news/story.html", "Fetch a page and read it; it is cached for reading offline."),
            ("curl -s https://example.org/story | folio -", "Read from standard input; keys come from the terminal."),
            ("folio dump --format json page.html", "Print the structure, for scripts."),
            ("folio highlights --format markdown", "Export every highlight with its notes."),
        ]),
    ]
}
