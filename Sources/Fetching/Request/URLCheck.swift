/// Refuses URLs curl must never see: other schemes, spaces, control characters.
///
/// This runs before curl: a `file:`, `ftp:` or `-o`-looking argument never
/// reaches its argv. Redirects to other schemes are refused by curl itself
/// (`--proto-redir =http,https`).
public enum URLCheck {
    /// Returns nil when `url` may be fetched, else the reason it may not.
    public static func problem(_ url: String) -> String? {
        if url.isEmpty { return "empty URL" }
        if url.utf8.count > 8192 { return "URL longer than 8192 bytes" }
        for scalar in url.unicodeScalars {
            if scalar == " " { return "URL contains a space" }
            if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) {
                return "URL contains a control character"
            }
        }
        guard let colon = url.firstIndex(of: ":") else { return "URL has no scheme (http:// or https://)" }
        let scheme = url[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            return "only http and https URLs are fetched, not \(scheme.isEmpty ? "an empty scheme" : scheme)"
        }
        let rest = url[url.index(after: colon)...]
        guard rest.hasPrefix("//"), rest.dropFirst(2).first.map({ $0 != "/" }) ?? false else {
            return "URL has no host"
        }
        return nil
    }
}
