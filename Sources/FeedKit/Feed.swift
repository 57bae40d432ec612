/// A parsed feed: its title and link, and its entries in the order the feed gives them.
public struct Feed: Equatable, Sendable {
    public var title: String?
    public var link: String?
    public var entries: [FeedEntry]

    /// Creates a feed.
    public init(title: String? = nil, link: String? = nil, entries: [FeedEntry] = []) {
        self.title = title
        self.link = link
        self.entries = entries
    }
}

/// One entry (item) of a feed.
public struct FeedEntry: Equatable, Sendable {
    /// The entry's id (guid, atom:id, JSON id), else one derived from its link and title.
    public var id: String?
    /// The title as plain text.
    public var title: String?
    /// The entry's web page, resolved against the feed's base.
    public var link: String?
    /// When it was published, in seconds since 1970 UTC.
    public var published: Int?
    /// When it was last updated, in seconds since 1970 UTC.
    public var updated: Int?
    /// The authors' names.
    public var authors: [String] = []
    /// A short description (HTML as the feed gives it).
    public var summary: String?
    /// The full content (HTML as the feed gives it).
    public var content: String?
    /// The Media RSS thumbnail's URL (`media:thumbnail`, also inside `media:content` or `media:group`).
    public var thumbnail: String?

    /// An empty entry.
    public init() {}
}
