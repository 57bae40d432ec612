import Foundation
import Testing

/// `folio feed show` through the binary: the JSON contract, the text listing, clear errors.
@Suite struct FeedShowEndToEndTests {
    @Test func jsonFollowsTheContractAndTextListsTheEntries() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.xml").path
        try """
        <rss version="2.0"><channel><title>Desk</title><link>https://example.org/</link>
        <item><title>One</title><link>https://example.org/1</link><guid>g1</guid><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate></item>
        <item><title>Two</title></item></channel></rss>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let json = try CommandLineTests.folio(["feed", "show", "--format", "json", path])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Desk")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(Set(entries[0].keys) == ["id", "title", "link", "published", "updated", "authors", "summary", "content"])
        #expect(entries[0]["published"] as? String == "2024-12-03T10:00:00Z")
        #expect(entries[1]["published"] is NSNull)
        let text = try CommandLineTests.folio(["feed", "show", path])
        #expect(text.stdout.contains("2024-12-03  One"))
    }

    @Test func aPageOrAMissingFileIsAOneLineError() throws {
        let page = HTMLReaderEndToEndTests.page
        CommandLineTests.expectOneLineError(try CommandLineTests.folio(["feed", "show", page]), mentioning: "not a feed")
        CommandLineTests.expectOneLineError(try CommandLineTests.folio(["feed", "show", "/nonexistent/feed.xml"]), mentioning: "no such file")
    }
}
