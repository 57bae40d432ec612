/// What a config file sets, with the defaults for everything it does not (or sets wrongly).
public struct FolioConfig: Equatable, Sendable {
    /// The built-in theme the colours start from: "dark" or "light".
    public var themeName = "dark"
    /// The widest the text gets, in columns.
    public var width = ReaderGeometry.readingMeasure
    /// The browser command (split at spaces; the URL is added as one more argument), else $BROWSER.
    public var browser: String?
    /// Whether Folio takes the mouse.
    public var mouse = true
    /// Whether `y` may copy a link's URL with OSC 52.
    public var copy = false
    /// Articles kept per feed in the library (those with highlights, bookmarks or notes are always kept).
    public var keep = 500
    /// The keys of every view, with the file's remaps.
    public var keymaps = Keymaps.standard
    /// The colours: the theme with the file's changes.
    public var theme = Theme.dark

    /// The defaults.
    public init() {}

    /// What the reader takes from it.
    public var readerOptions: ReaderOptions { ReaderOptions(copyLinks: copy, textWidth: width) }
}

/// Something wrong in a config file, where it is (1-based), and what was done instead.
public struct ConfigProblem: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    /// "line 3, column 1: …".
    public var description: String { "line \(line), column \(column): \(message)" }
}
