/// One subscribed feed: its URL, an optional title of the user's, and tags.
public struct Subscription: Sendable, Equatable, Hashable {
    /// The tag that turns off fetching whole articles for teaser-only entries.
    public static let noFullTextTag = "no-full-text"

    /// The feed's http(s) URL.
    public var url: String
    /// The title the user gave it; `nil` shows the feed's own title.
    public var title: String?
    /// Tags, in the order written.
    public var tags: [String]

    /// Makes a subscription from its parts.
    public init(url: String, title: String? = nil, tags: [String] = []) {
        self.url = url
        self.title = title
        self.tags = tags
    }

    /// Whether entries that carry only a teaser are completed by fetching their page.
    public var fullText: Bool { !tags.contains(Self.noFullTextTag) }
}
