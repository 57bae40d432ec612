/// Settings the executable gives the reader: what it may do beyond the article itself.
public struct ReaderOptions: Equatable, Sendable {
    /// Whether there is an article to go back to (this one was opened from a link).
    public var canGoBack: Bool
    /// Whether `y` may copy a link's URL to the clipboard (OSC 52); off unless the user allows it.
    public var copyLinks: Bool

    /// Creates options; everything is off by default.
    public init(canGoBack: Bool = false, copyLinks: Bool = false) {
        self.canGoBack = canGoBack
        self.copyLinks = copyLinks
    }
}
