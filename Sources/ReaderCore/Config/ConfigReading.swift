/// Reads a config file's text into a ``FolioConfig``: every setting it knows, each problem with its place.
///
/// A problem never stops the reading: the setting keeps its default and the
/// problem says so, so the reader always starts.
extension FolioConfig {
    /// The config of `text` and what was wrong in it.
    public static func read(_ text: String) -> (config: FolioConfig, problems: [ConfigProblem]) {
        var config = FolioConfig()
        var problems: [ConfigProblem] = []
        let entries: [TOMLSubset.Entry]
        switch TOMLSubset.parse(text) {
        case .success(let parsed): entries = parsed
        case .failure(let error):
            return (config, [ConfigProblem(line: error.line, column: error.column, message: error.message + "; the whole file is ignored")])
        }
        func problem(_ entry: TOMLSubset.Entry, _ message: String) {
            problems.append(ConfigProblem(line: entry.line, column: entry.column, message: message))
        }
        // The theme first: colours change it, wherever they are written.
        if let entry = entries.first(where: { $0.path == ["theme"] }) {
            if case .string(let name) = entry.value, let theme = Theme.named(name) {
                config.themeName = name
                config.theme = theme
            } else {
                problem(entry, "theme must be \"dark\" or \"light\"; dark is used")
            }
        }
        var remaps: [TOMLSubset.Entry] = []
        for entry in entries {
            switch (entry.path.first, entry.path.count, entry.value) {
            case ("theme", 1, _):
                break
            case ("width", 1, .integer(let width)) where (20...500).contains(width):
                config.width = width
            case ("width", 1, _):
                problem(entry, "width must be a number of columns from 20 to 500; \(ReaderGeometry.readingMeasure) is used")
            case ("browser", 1, .string(let command)) where !command.isEmpty:
                config.browser = command
            case ("mouse", 1, .boolean(let on)):
                config.mouse = on
            case ("copy", 1, .boolean(let on)):
                config.copy = on
            case ("keep", 1, .integer(let count)) where count >= 1:
                config.keep = count
            case ("keep", 1, _):
                problem(entry, "keep must be a number of articles per feed, at least 1; 500 is used")
            case ("browser", 1, _), ("mouse", 1, _), ("copy", 1, _):
                problem(entry, "\(entry.path[0]) must be \(entry.path[0] == "browser" ? "a command" : "true or false"); the default is used")
            case ("keys", 3, _):
                remaps.append(entry)
            case ("colors", 2, _):
                if let message = config.applyColor(entry) { problem(entry, message) }
            default:
                problem(entry, "unknown setting \(entry.path.joined(separator: ".")); ignored")
            }
        }
        problems += config.applyRemaps(remaps)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return (config, problems)
    }

    /// Sets one style's colours from `colors.<style> = { fg = …, bg = …, attrs = […] }`; returns a problem, if any.
    mutating func applyColor(_ entry: TOMLSubset.Entry) -> String? {
        guard let style = Style.allCases.first(where: { $0.rawValue == entry.path[1] }) else {
            return "unknown style \(entry.path[1]); the styles are \(Style.allCases.map(\.rawValue).joined(separator: ", "))"
        }
        guard case .table(let fields) = entry.value else { return "colors.\(style.rawValue) must be { fg = …, bg = …, attrs = […] }" }
        var look = theme.look(style) ?? Look(.terminalDefault)
        for (key, value) in fields {
            switch (key, value) {
            case ("fg", .string(let text)), ("bg", .string(let text)):
                guard let color = TerminalColor(text) else {
                    return "\(text) is not a colour (a name such as red or bright-blue, 0-255, #rrggbb or default); \(style.rawValue) keeps its colours"
                }
                if key == "fg" { look.foreground = color } else { look.background = color }
            case ("fg", .integer(let number)), ("bg", .integer(let number)):
                guard let color = TerminalColor(String(number)) else { return "\(number) is not a colour from 0 to 255" }
                if key == "fg" { look.foreground = color } else { look.background = color }
            case ("attrs", .array(let items)):
                var names: [String] = []
                for case .string(let name) in items {
                    guard Look.attributeNames.contains(name) else { return "\(name) is not one of \(Look.attributeNames.joined(separator: ", "))" }
                    names.append(name)
                }
                look.attributes = names
            default:
                return "colors.\(style.rawValue).\(key) is not fg, bg or attrs"
            }
        }
        theme.set(style, look)
        return nil
    }
}
