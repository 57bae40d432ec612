import FeedKit
import Testing

/// Which link an entry gets: from its link elements, else from an id that is a web URL.
@Suite struct FeedLinkRuleTests {
    static func entries(_ text: String, url: String? = nil) throws -> [FeedEntry] {
        try FeedReader.read(Array(text.utf8), url: url).entries
    }

    @Test func anAtomEntryWithoutALinkUsesAWebURLIdOnly() throws {
        let entries = try Self.entries("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><id>https://example.org/post/1</id><title>a</title></entry>
        <entry><id>tag:example.org,2024:2</id><title>b</title></entry>
        <entry><id>https://example.org/post/3</id><link href="https://example.org/three"/><title>c</title></entry>
        </feed>
        """)
        #expect(entries.map(\.link) == ["https://example.org/post/1", nil, "https://example.org/three"])
        #expect(entries.map(\.id) == ["https://example.org/post/1", "tag:example.org,2024:2", "https://example.org/post/3"])
    }

    @Test func severalRSSLinksTheLastWinsAndHrefCounts() throws {
        let entries = try Self.entries("""
        <rss version="2.0"><channel><title>t</title>
        <item><link>http://example.org/1</link><link href="http://example.org/2"/></item>
        <item><guid>abc123</guid></item>
        <item><id>urn:uuid:1</id><link href="http://example.org/4"/></item>
        </channel></rss>
        """)
        #expect(entries.map(\.link) == ["http://example.org/2", nil, "http://example.org/4"])
        #expect(entries[2].id == "urn:uuid:1")
    }

    @Test func rssInTheUserlandNamespaceKeepsItsLinks() throws {
        let entries = try Self.entries("""
        <rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>t</title>
        <item><title>a</title><link>http://example.org/a#1</link></item></channel></rss>
        """)
        #expect(entries.first?.link == "http://example.org/a#1")
    }

    @Test func plainAbsoluteLinksComeBackAsWrittenAndOthersAreResolved() throws {
        let entries = try Self.entries("""
        <rss version="2.0"><channel><title>t</title>
        <item><link>https://example.org/a/b?x=1&amp;y=2#f</link></item>
        <item><link>https://example.org/a/./b/../c</link></item>
        <item><link>  /relative  </link></item>
        </channel></rss>
        """, url: "https://example.org/feed/")
        #expect(entries.map(\.link) == ["https://example.org/a/b?x=1&y=2#f", "https://example.org/a/c", "https://example.org/relative"])
    }
}

/// Media RSS and entries that share an id.
@Suite struct FeedMediaAndDuplicateTests {
    @Test func mediaDescriptionsFillAMissingSummaryAndThumbnailsAreKept() throws {
        let feed = try FeedReader.read(Array("""
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
        <item><title>a</title><media:description>Fish &amp; chips</media:description>
          <media:thumbnail url="https://img.example/a.jpg"/></item>
        <item><title>b</title><description>own</description>
          <media:group><media:content url="https://v.example/b.mp4"><media:thumbnail url="/b.jpg"/>
          <media:description type="html">&lt;b&gt;bold&lt;/b&gt;</media:description></media:content></media:group></item>
        </channel></rss>
        """.utf8), url: "https://example.org/feed")
        #expect(feed.entries[0].summary == "<p>Fish &amp; chips</p>")
        #expect(feed.entries[0].thumbnail == "https://img.example/a.jpg")
        #expect(feed.entries[1].summary == "own")
        #expect(feed.entries[1].thumbnail == "https://example.org/b.jpg")
    }

    @Test func entriesThatShareAnIdAreAllReported() throws {
        let feed = try FeedReader.read(Array("""
        <rss version="2.0"><channel><title>t</title>
        <item><guid>same</guid><title>first</title></item><item><guid>same</guid><title>second</title></item>
        </channel></rss>
        """.utf8))
        #expect(feed.entries.map(\.title) == ["first", "second"])
        #expect(feed.entries.map(\.id) == ["same", "same"])
    }
}
