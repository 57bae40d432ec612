/// One article as the library lists it.
public struct LibraryItem: Sendable, Equatable {
    /// The `feedURL` of a file or page the user opened themselves (not from a feed).
    public static let openedFeed = "folio:opened"

    /// The cache's id.
    public var id: Int64
    /// The feed's URL.
    public var feedURL: String
    /// The name the user's marks give it.
    public var key: String
    /// Its title as the feed gave it (cleaned for the screen when drawn).
    public var title: String
    /// The feed's title.
    public var feedTitle: String
    /// Its date, in seconds since 1970 (shown as "2026-06-01").
    public var time: Int64
    /// Whether it counts as read.
    public var read: Bool
    /// Live highlights on it.
    public var highlights: Int
    /// How far the reader got, 0...100, or nil when never opened.
    public var progress: Int?
    /// The place of its feed in the feeds the state was given, or -1: counting by it needs no hashing.
    public var feedIndex: Int

    /// Makes an item.
    public init(id: Int64, feedURL: String, key: String, title: String, feedTitle: String, time: Int64,
                read: Bool, highlights: Int, progress: Int? = nil, feedIndex: Int = -1) {
        self.id = id
        self.feedURL = feedURL
        self.key = key
        self.title = title
        self.feedTitle = feedTitle
        self.time = time
        self.read = read
        self.highlights = highlights
        self.progress = progress
        self.feedIndex = feedIndex
    }
}

/// The left column's entries: the fixed groups, then each feed.
public enum LibraryFeedEntry: Sendable, Equatable {
    case all
    case unread
    case highlighted
    case opened
    case feed(url: String, title: String)
    case search(query: String, ids: [Int64])

    /// Its name in the column.
    public var name: String {
        switch self {
        case .all: "All"
        case .unread: "Unread"
        case .highlighted: "Highlighted"
        case .opened: "Opened files and URLs"
        case .feed(_, let title): title
        case .search(let query, _): "Search: \(query)"
        }
    }

    /// Whether `item` belongs under this entry.
    func contains(_ item: LibraryItem) -> Bool {
        switch self {
        case .all: item.feedURL != LibraryItem.openedFeed
        case .unread: !item.read && item.feedURL != LibraryItem.openedFeed
        case .highlighted: item.highlights > 0
        case .opened: item.feedURL == LibraryItem.openedFeed
        case .feed(let url, _): item.feedURL == url
        case .search(_, let ids): ids.contains(item.id)
        }
    }
}

/// What the library asks its loop to do.
public enum LibraryEffect: Sendable, Equatable {
    /// Open the article in the reader.
    case open(id: Int64)
    /// Record a read or unread mark.
    case mark(key: String, read: Bool)
    /// Record "every article of this feed read".
    case markFeedRead(feedURL: String)
    /// Fetch every feed in the background.
    case fetch
    /// Open the article's page in the browser.
    case openPage(id: Int64)
    /// Search the library's text.
    case search(String)
    /// Leave.
    case quit
}
