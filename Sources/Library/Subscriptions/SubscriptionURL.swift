/// The rule for what a feed URL may be: http or https with a host.
public enum SubscriptionURL {
    /// Whether `text` is an http(s) URL with a host and no spaces or control characters.
    public static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("http://") { rest = text.dropFirst(7) } else if lower.hasPrefix("https://") { rest = text.dropFirst(8) } else { return false }
        guard let hostStart = rest.first, hostStart != "/" else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7f }
    }
}
