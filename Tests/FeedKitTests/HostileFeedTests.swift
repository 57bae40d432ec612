import FeedKit
import Testing

/// Feeds that try to reach outside or blow up: nothing is fetched, substituted or hung on.
@Suite(.timeLimit(.minutes(1))) struct HostileFeedTests {
    @Test func anExternalEntityIsNeverRead() throws {
        let feed = try FeedReader.read(Array("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss><channel><title>&secret;</title></channel></rss>
        """.utf8))
        #expect(!(feed.title ?? "").contains("root:"))
    }

    /// libxml2 refuses the document (its entity amplification guard), or reads it without expanding: never a gigabyte.
    @Test func billionLaughsIsNotExpanded() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
        let text = "<?xml version=\"1.0\"?><!DOCTYPE rss [\\(entities)]><rss><channel><title>&lol9;</title></channel></rss>"
        do {
            let feed = try FeedReader.read(Array(text.utf8))
            #expect((feed.title ?? "").count < 1000)
        } catch {
            #expect(error == .malformed)
        }
    }

    @Test func deepNestingAndTruncatedXMLEndCleanly() {
        let deep = "<rss><channel><title>T</title>" + String(repeating: "<x>", count: 20_000) + "</channel></rss>"
        #expect((try? FeedReader.read(Array(deep.utf8)))?.title == "T")
        let truncated = "<rss><channel><title>T</title><item><title>Cut"
        #expect((try? FeedReader.read(Array(truncated.utf8)))?.entries.count ?? 0 <= 1)
    }
}
