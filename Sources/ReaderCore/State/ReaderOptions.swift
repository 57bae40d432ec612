/// Settings the executable gives the reader: what it may do beyond the article itself.
public struct ReaderOptions: Equatable, Sendable {
    /// Whether there is an article to go back to (this one was opened from a link).
    public var canGoBack: Bool
    /// Whether `y` may copy a link's URL to the clipboard (OSC 52); off unless the user allows it.
    public var copyLinks: Bool

    /// The widest the text gets, in columns (`width` in the config).
    public var textWidth: Int

    /// Creates options; everything is off by default, the text at most 78 columns.
    public init(canGoBack: Bool = false, copyLinks: Bool = false, textWidth: Int = ReaderGeometry.readingMeasure) {
        self.canGoBack = canGoBack
        self.copyLinks = copyLinks
        self.textWidth = textWidth
    }
}
