/// The library view: feeds on the left, the focused feed's articles on the right.
///
/// Pure state: the loop hands it items and events and carries out the
/// effects it returns (open, mark, fetch, search), as the reader does.
public struct LibraryState: Sendable {
    /// Every article, newest first.
    public private(set) var items: [LibraryItem]
    /// The left column.
    public private(set) var entries: [LibraryFeedEntry]
    /// The focused entry of the left column.
    public private(set) var entryIndex = 0
    /// The focused article of the right column (an index into `visible`).
    public private(set) var itemIndex = 0
    /// Whether the article column has the focus.
    public private(set) var articlesFocused = true
    /// The articles of the focused entry, as indices into `items`.
    public private(set) var visible: [Int] = []
    /// The screen size.
    public var size: ScreenSize
    /// The keys.
    public let keymaps: Keymaps
    /// The one-line message, if any.
    public var message: String?
    /// The status of a background fetch ("fetching 3/10"), if one runs.
    public var activity: String?
    /// The search being typed, when the prompt is open.
    public private(set) var prompt: String?
    /// Whether the help box is open.
    public private(set) var helpOpen = false
    /// Unread articles per feed URL, all, and highlighted: counted when items change, not per frame.
    private var unread = (byFeed: [String: Int](), all: 0, highlighted: 0)
    /// The feeds' URLs in the order the state was given them (``LibraryItem/feedIndex`` points here).
    private var feedURLs: [String] = []
    /// Unread articles among the search results.
    private var searchUnread = 0
    /// How many of the items are articles of feeds (not files or pages opened by hand).
    public private(set) var articleCount = 0

    /// A library of `items` with one entry per feed in `feeds` (URL and title, in order).
    public init(items: [LibraryItem], feeds: [(url: String, title: String)], size: ScreenSize, keymaps: Keymaps = .standard) {
        self.items = items
        self.entries = [.all, .unread, .highlighted, .opened] + feeds.map { .feed(url: $0.url, title: $0.title) }
        self.feedURLs = feeds.map(\.url)
        self.size = size
        self.keymaps = keymaps
        recount()
        refilter(keeping: nil)
    }

    /// Counts the unread articles again.
    private mutating func recount() {
        unread = ([:], 0, 0)
        // Counted by the feed's place where the item knows it: no string hashing per article.
        var byIndex = Array(repeating: 0, count: feedURLs.count)
        articleCount = items.reduce(0) { $0 + ($1.feedURL == LibraryItem.openedFeed ? 0 : 1) }
        for item in items where !item.read && item.feedURL != LibraryItem.openedFeed {
            if byIndex.indices.contains(item.feedIndex) {
                byIndex[item.feedIndex] += 1
            } else {
                unread.byFeed[item.feedURL, default: 0] += 1
            }
            unread.all += 1
            if item.highlights > 0 { unread.highlighted += 1 }
        }
        for (index, count) in byIndex.enumerated() where count > 0 { unread.byFeed[feedURLs[index], default: 0] += count }
    }

    /// The focused article, if any.
    public var focusedItem: LibraryItem? { visible.indices.contains(itemIndex) ? items[visible[itemIndex]] : nil }

    /// Unread articles under `entry`.
    public func unreadCount(_ entry: LibraryFeedEntry) -> Int {
        switch entry {
        case .all, .unread: unread.all
        case .highlighted: unread.highlighted
        case .opened: 0
        case .feed(let url, _): unread.byFeed[url] ?? 0
        // Counted when the search ran and on each mark, not per frame over every item.
        case .search: searchUnread
        }
    }

    /// Replaces the items (after a fetch or a mark), keeping the focused article where it can.
    public mutating func replaceItems(_ new: [LibraryItem], feeds: [(url: String, title: String)]) {
        let focused = focusedItem?.id
        let entry = entries[entryIndex]
        items = new
        entries = [.all, .unread, .highlighted, .opened] + feeds.map { .feed(url: $0.url, title: $0.title) }
        feedURLs = feeds.map(\.url)
        recount()
        if case .search = entry { entries.append(entry) }
        entryIndex = entries.firstIndex(of: entry) ?? 0
        refilter(keeping: focused)
        countSearchUnread()
    }

    /// Counts the unread articles among the search results (when the new items or a new search come).
    private mutating func countSearchUnread() {
        guard case .search(_, let ids)? = entries.last(where: { if case .search = $0 { true } else { false } }) else {
            searchUnread = 0
            return
        }
        let results = Set(ids)
        searchUnread = items.reduce(0) { $0 + (!$1.read && results.contains($1.id) ? 1 : 0) }
    }

    /// Sets one article's read flag and progress as the store now says.
    public mutating func update(id: Int64, read: Bool, highlights: Int, progress: Int?) {
        guard let index = items.firstIndex(where: { $0.id == id }) else { return }
        let old = items[index]
        items[index].read = read
        items[index].highlights = highlights
        items[index].progress = progress
        if old.read != read || (old.highlights > 0) != (highlights > 0) {
            let before = old.read ? 0 : 1, after = read ? 0 : 1
            if entries.contains(where: { if case .search(_, let ids) = $0 { ids.contains(id) } else { false } }) {
                searchUnread += after - before
            }
            unread.byFeed[old.feedURL, default: 0] += after - before
            unread.all += after - before
            unread.highlighted += (highlights > 0 ? after : 0) - (old.highlights > 0 ? before : 0)
        }
    }

    /// Shows the search results as an entry of the left column, focused.
    public mutating func showSearch(_ query: String, ids: [Int64]) {
        entries.removeAll { if case .search = $0 { true } else { false } }
        entries.append(.search(query: query, ids: ids))
        entryIndex = entries.count - 1
        articlesFocused = true
        // Best matches first, as the search ranked them.
        let rank = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        visible = items.indices.filter { rank[items[$0].id] != nil }.sorted { rank[items[$0].id]! < rank[items[$1].id]! }
        countSearchUnread()
        itemIndex = 0
        message = ids.isEmpty ? "No article matches \(query)" : "\(ids.count) article(s) match \(query)"
    }

    /// Drops the search results from the feeds column; the focus goes to All when it was on
    /// them. Returns whether there was a search.
    mutating func clearSearch() -> Bool {
        guard let index = entries.firstIndex(where: { if case .search = $0 { true } else { false } }) else { return false }
        let focused = entryIndex == index
        entries.remove(at: index)
        if focused {
            focusEntry(0)
        } else if entryIndex > index {
            entryIndex -= 1
        }
        return true
    }

    /// Recomputes the article column for the focused entry.
    mutating func refilter(keeping id: Int64?) {
        let entry = entries[entryIndex]
        if case .search(_, let ids) = entry {
            let rank = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            visible = items.indices.filter { rank[items[$0].id] != nil }.sorted { rank[items[$0].id]! < rank[items[$1].id]! }
        } else {
            visible = items.indices.filter { entry.contains(items[$0]) }
        }
        if let id, let at = visible.firstIndex(where: { items[$0].id == id }) {
            itemIndex = at
        } else {
            itemIndex = min(itemIndex, max(0, visible.count - 1))
        }
    }

    /// Moves the focus in the focused column by `delta` (clamped), or to an end.
    mutating func move(_ delta: Int) {
        if articlesFocused {
            itemIndex = max(0, min(visible.count - 1, itemIndex + delta))
        } else {
            let next = max(0, min(entries.count - 1, entryIndex + delta))
            if next != entryIndex {
                entryIndex = next
                itemIndex = 0
                refilter(keeping: nil)
            }
        }
    }

    /// Opens or closes the search prompt.
    mutating func setPrompt(_ text: String?) { prompt = text }

    /// Opens or closes the help box.
    mutating func setHelp(_ open: Bool) { helpOpen = open }

    /// Gives the focus to the other column.
    mutating func switchColumn() { articlesFocused.toggle() }

    /// Focuses the entry at `index`.
    mutating func focusEntry(_ index: Int) {
        entryIndex = index
        itemIndex = 0
        refilter(keeping: nil)
    }
}
