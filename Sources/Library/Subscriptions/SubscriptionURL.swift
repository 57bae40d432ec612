import Fetching

/// The rule for what a feed or article URL may be: one that Folio would fetch.
public enum SubscriptionURL {
    /// Whether `text` is an http(s) URL with a host that ``URLCheck`` lets through.
    public static func isHTTP(_ text: String) -> Bool {
        URLCheck.problem(text) == nil
    }
}
