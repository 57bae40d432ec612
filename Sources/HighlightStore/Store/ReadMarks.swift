/// What the user marked read or unread in the library: a mark per article,
/// and "everything of this feed seen by then" per feed.
///
/// Later records win: an article's own mark counts when it came after its
/// feed's last "all read", else the feed mark decides for the articles
/// Folio had seen by that time.
public struct ReadMarks: Sendable, Equatable {
    /// The latest mark of each article key: read or not, and its place in the log.
    private var articles: [String: (read: Bool, order: Int)] = [:]
    /// The latest "all read" of each feed: its time and its place in the log.
    private var feeds: [String: (time: String, seconds: Int64, order: Int)] = [:]
    private var applied = 0

    /// No marks.
    public init() {}

    /// Applies one mark record.
    mutating func apply(_ kind: RecordKind, target: String, created: String) {
        applied += 1
        switch kind {
        case .read: articles[target] = (true, applied)
        case .unread: articles[target] = (false, applied)
        case .allread:
            if created >= (feeds[target]?.time ?? "") { feeds[target] = (created, RecordTime.seconds(created) ?? 0, applied) }
        default: break
        }
    }

    /// The user's word on article `key` of feed `feedURL` that Folio first saw at
    /// `firstSeen` (a record time): true read, false unread, nil no mark.
    public func isRead(key: String, feedURL: String, firstSeen: String) -> Bool? {
        guard let seconds = RecordTime.seconds(firstSeen) else { return articles[key]?.read }
        return isRead(key: key, feedURL: feedURL, firstSeen: seconds)
    }

    /// The same answer for an article first seen at `firstSeen` seconds since 1970.
    public func isRead(key: String, feedURL: String, firstSeen: Int64) -> Bool? {
        // Without marks of a kind, no key needs hashing for it (a new library has none).
        let own = articles.isEmpty ? nil : articles[key]
        if !feeds.isEmpty, let feed = feeds[feedURL], firstSeen <= feed.seconds, (own?.order ?? 0) < feed.order { return true }
        return own?.read
    }


    /// Equal when the same marks would give the same answers.
    public static func == (lhs: ReadMarks, rhs: ReadMarks) -> Bool {
        lhs.articles.mapValues(\.read) == rhs.articles.mapValues(\.read) && lhs.feeds.mapValues(\.time) == rhs.feeds.mapValues(\.time)
            && lhs.articles.mapValues(\.order) == rhs.articles.mapValues(\.order)
    }
}
