/// Which links Folio hands to a browser: http, https and mailto, nothing with control characters.
public enum LinkPolicy {
    /// Why `url` must not be opened, or `nil` when it may be.
    public static func refusal(of url: String) -> String? {
        if url.unicodeScalars.contains(where: { $0.value < 0x21 || (0x7F..<0xA0).contains($0.value) }) {
            return "Not opened: the link has spaces or control characters"
        }
        guard let colon = url.firstIndex(of: ":") else { return "Not opened: the link has no scheme" }
        let scheme = url[..<colon].lowercased()
        guard ["http", "https", "mailto"].contains(scheme) else {
            return "Not opened: only http, https and mailto links open, not \(DisplayText.short(scheme)):"
        }
        return nil
    }
}

/// Short display forms of untrusted text for messages.
enum DisplayText {
    /// `text` cut to 20 characters.
    static func short(_ text: some StringProtocol) -> String {
        text.count > 20 ? String(text.prefix(19)) + "…" : String(text)
    }
}
