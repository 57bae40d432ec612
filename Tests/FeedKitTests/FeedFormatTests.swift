import FeedKit
import Testing

/// Each feed format and the details real feeds need, from small feeds written for each case.
@Suite struct FeedFormatTests {
    static func read(_ text: String, url: String? = nil) throws -> Feed {
        try FeedReader.read(Array(text.utf8), url: url)
    }

    @Test func rss2WithContentCreatorCDATAAndEscapedTitles() throws {
        let feed = try Self.read("""
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>News &amp; views</title><link>https://example.org/</link>
        <item><title>&lt;b&gt;Tunnel&lt;/b&gt; approved</title><link>/2024/tunnel</link><guid isPermaLink="false">t-1</guid>
        <pubDate>Tue, 03 Dec 2024 10:00 EST</pubDate><dc:creator>Jane Doe</dc:creator>
        <description><![CDATA[<p>The council voted.</p>]]></description>
        <content:encoded><![CDATA[<p>The council voted on Tuesday.</p>]]></content:encoded></item>
        </channel></rss>
        """, url: "https://example.org/feed.xml")
        #expect(feed.title == "News & views")
        #expect(feed.link == "https://example.org/")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Tunnel approved")
        #expect(entry.link == "https://example.org/2024/tunnel")
        #expect(entry.id == "t-1")
        #expect(entry.published.map(FeedDate.iso) == "2024-12-03T15:00:00Z")
        #expect(entry.authors == ["Jane Doe"])
        #expect(entry.summary == "<p>The council voted.</p>")
        #expect(entry.content == "<p>The council voted on Tuesday.</p>")
    }

    @Test func rss1RDFKeepsItsItemsBesideTheChannel() throws {
        let feed = try Self.read("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>RDF news</title><link>https://example.org/</link></channel>
        <item rdf:about="https://example.org/a"><title>First</title><link>https://example.org/a</link><dc:date>2024-12-03T08:01:00+01:00</dc:date></item>
        <item rdf:about="https://example.org/b"><title>Second</title><link>https://example.org/b</link></item>
        </rdf:RDF>
        """)
        #expect(feed.title == "RDF news")
        #expect(feed.entries.map(\.title) == ["First", "Second"])
        #expect(feed.entries[0].id == "https://example.org/a")
        #expect(feed.entries[0].updated.map(FeedDate.iso) == "2024-12-03T07:01:00Z")
    }

    @Test func atom10WithXMLBaseHTMLTitlesAndAuthors() throws {
        let feed = try Self.read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/">
        <title type="html">A &lt;i&gt;fine&lt;/i&gt; blog</title><link href="./" rel="alternate"/><link href="feed" rel="self"/>
        <entry xml:base="2024/"><id>tag:example.org,2024:1</id><title>Post</title><link href="post.html"/>
        <published>2024-12-01T10:00:00Z</published><updated>2024-12-02T11:30:00.123-05:00</updated>
        <author><name>Ann</name></author><author><name>Bo</name></author>
        <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Short <b>one</b></div></summary>
        <content type="html">&lt;p&gt;Long&lt;/p&gt;</content></entry>
        </feed>
        """)
        #expect(feed.title == "A fine blog")
        #expect(feed.link == "https://example.org/blog/")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "https://example.org/blog/2024/post.html")
        #expect(entry.id == "tag:example.org,2024:1")
        #expect(entry.published.map(FeedDate.iso) == "2024-12-01T10:00:00Z")
        #expect(entry.updated.map(FeedDate.iso) == "2024-12-02T16:30:00Z")
        #expect(entry.authors == ["Ann", "Bo"])
        #expect(entry.summary == "Short one")
        #expect(entry.content == "<p>Long</p>")
    }

    @Test func atom03WithIssuedModifiedAndABase64Title() throws {
        let feed = try Self.read("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
        <link rel="alternate" type="text/html" href="https://example.org/"/>
        <entry><title mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title><link rel="alternate" href="https://example.org/1"/>
        <id>urn:1</id><issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-13T18:30:02Z</modified></entry></feed>
        """)
        #expect(feed.title == "Old Atom")
        #expect(feed.entries.first?.title == "Example Atom")
        #expect(feed.entries.first?.published.map(FeedDate.iso) == "2003-12-13T12:29:29Z")
        #expect(feed.entries.first?.updated.map(FeedDate.iso) == "2003-12-13T18:30:02Z")
    }

    @Test func jsonFeed11And10() throws {
        let feed = try Self.read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "JSON news", "home_page_url": "https://example.org/",
         "authors": [{"name": "Desk"}],
         "items": [{"id": "1", "title": "One", "url": "https://example.org/1", "date_published": "2024-12-03T08:01:00Z",
                    "content_html": "<p>Hi</p>", "summary": "Hi"},
                   {"id": 2, "content_text": "No title", "author": {"name": "Old style"}}]}
        """)
        #expect(feed.title == "JSON news")
        #expect(feed.entries.map(\.id) == ["1", "2"])
        #expect(feed.entries[0].authors == ["Desk"])
        #expect(feed.entries[1].authors == ["Old style"])
        #expect(feed.entries[1].title == nil)
        #expect(feed.entries[0].content == "<p>Hi</p>")
    }

    @Test func anEntryWithoutAnIdGetsAStableOneFromItsLinkAndTitle() throws {
        let text = "<rss><channel><title>T</title><item><title>A</title><link>https://e.org/a</link></item><item><title>B</title></item></channel></rss>"
        let first = try Self.read(text), again = try Self.read(text)
        #expect(first.entries.map(\.id) == again.entries.map(\.id))
        #expect(first.entries[0].id != first.entries[1].id)
        #expect(first.entries[0].id?.hasPrefix("folio:") == true)
    }

    @Test func anEncodingDeclaredInTheProlog() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf".utf8) + [0xE9]
            + Array("</title></channel></rss>".utf8)
        #expect(try FeedReader.read(bytes).title == "Café")
    }

    @Test func notAFeedAndMalformedInputAreErrors() {
        #expect(throws: FeedReader.Failure.notAFeed) { try Self.read("<html><body><p>A page</p></body></html>") }
        #expect(throws: FeedReader.Failure.notAFeed) { try Self.read("plain words") }
        #expect(throws: FeedReader.Failure.notAFeed) { try Self.read("{\"hello\": 1}") }
    }
}
