import ArticleKit

/// Reads a feed from bytes: JSON Feed, or RSS and Atom parsed as XML by libxml2.
public enum FeedReader {
    /// Why bytes are not a feed.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAFeed
        case malformed

        public var description: String {
            switch self {
            case .notAFeed: "not a feed (RSS, Atom or JSON Feed)"
            case .malformed: "malformed feed: not readable as XML or JSON"
            }
        }
    }

    /// The feed in `bytes`; `url` is its address, the base for relative links.
    /// With `requireComplete`, XML that libxml2 could only partly read (truncated,
    /// broken) is `.malformed` rather than the entries read before the break.
    public static func read(_ bytes: [UInt8], url: String? = nil, requireComplete: Bool = false) throws(Failure) -> Feed {
        let start = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        if start == UInt8(ascii: "{") {
            guard let feed = JSONFeedReader.feed(TextDecoding.decode(bytes), url: url) else { throw .notAFeed }
            return feed
        }
        // A web page is not a feed, whatever libxml2 would make of it.
        if FormatSniffer.looksLikeHTML(bytes) { throw .notAFeed }
        let (parsed, complete) = XMLTree.read(bytes, url: url)
        guard let root = parsed else { throw start == UInt8(ascii: "<") ? .malformed : .notAFeed }
        guard let feed = XMLFeedReader.feed(root) else { throw .notAFeed }
        if requireComplete && !complete { throw .malformed }
        return feed
    }
}
