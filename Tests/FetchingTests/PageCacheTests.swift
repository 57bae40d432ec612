import Foundation
import Testing
@testable import Fetching

/// Storing and finding fetched pages on disk, each test in its own temp folder.
struct PageCacheTests {
    /// A 200 page with `body`.
    static func page(_ body: [UInt8], url: String = "https://example.com/final", type: String = "text/html; charset=utf-8") -> FetchedPage {
        FetchedPage(finalURL: url, status: 200, contentType: ContentType(header: type), body: body)
    }

    @Test func aStoredPageIsFoundAgain() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let cache = PageCache(folder: folder.path + "/nested/pages")
        let url = "https://example.com/start?a=1"
        let body: [UInt8] = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(cache.lookup(url) == nil)
        try cache.store(Self.page(body), for: url, fetchedAt: 1_700_000_123)
        let entry = try #require(cache.lookup(url))
        #expect(entry.requestedURL == url)
        #expect(entry.page == Self.page(body))
        #expect(entry.fetchedAt == 1_700_000_123)
        #expect(cache.lookup(url + "&b=2") == nil)
        let name = String(cache.path(for: url).split(separator: "/").last!)
        #expect(name.count == 64 + 5 && name.hasSuffix(".page"))
        #expect(name.dropLast(5).allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func storingAgainReplacesTheEntryAndLeavesNoTempFiles() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let cache = PageCache(folder: folder.path)
        let url = "http://example.com/"
        try cache.store(Self.page(Array("old".utf8)), for: url, fetchedAt: 1)
        let first = try #require(cache.lookup(url))
        try cache.store(Self.page(Array("new and longer".utf8), url: "http://example.com/moved", type: "text/plain"),
                        for: url, fetchedAt: 2)
        let second = try #require(cache.lookup(url))
        #expect(first.page.body == Array("old".utf8))
        #expect(second.page.body == Array("new and longer".utf8))
        #expect(second.page.finalURL == "http://example.com/moved")
        #expect(second.page.contentType.mediaType == "text/plain")
        #expect(second.fetchedAt == 2)
        #expect(folder.names() == [String(cache.path(for: url).split(separator: "/").last!)])
    }

    @Test func aReplacedFileIsANewFileNotAnOverwrite() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let cache = PageCache(folder: folder.path)
        let url = "http://example.com/inode"
        try cache.store(Self.page(Array("one".utf8)), for: url)
        let before = try FileManager.default.attributesOfItem(atPath: cache.path(for: url))[.systemFileNumber] as? Int
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: cache.path(for: url)))
        defer { try? reader.close() }
        try cache.store(Self.page(Array("two".utf8)), for: url)
        let after = try FileManager.default.attributesOfItem(atPath: cache.path(for: url))[.systemFileNumber] as? Int
        #expect(before != nil && before != after, "rename puts a new inode in place")
        let old = try reader.readToEnd() ?? Data()
        #expect(CacheEntryCoding.decode(Array(old))?.page.body == Array("one".utf8), "an open reader keeps the old entry whole")
    }

    @Test func anEntryForAnotherURLOrDamagedBytesIsNotReturned() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let cache = PageCache(folder: folder.path)
        try cache.store(Self.page(Array("a".utf8)), for: "http://a/")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cache.path(for: "http://a/")))
        try bytes.write(to: URL(fileURLWithPath: cache.path(for: "http://b/")))
        #expect(cache.lookup("http://b/") == nil)
        try bytes.dropLast(2).write(to: URL(fileURLWithPath: cache.path(for: "http://a/")))
        #expect(cache.lookup("http://a/") == nil)
    }

    @Test func anyBytesRoundTripThroughTheEntryFormat() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let body = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let entry = CachedPage(requestedURL: "http://x/\(body.count)\n:9:",
                                   page: Self.page(body, url: "http://y/\n12:", type: "text/html;\u{0}x"),
                                   fetchedAt: Int64.random(in: 0...4_000_000_000, using: &generator))
            let encoded = CacheEntryCoding.encode(entry)
            #expect(CacheEntryCoding.decode(encoded) == entry)
            if !encoded.isEmpty { #expect(CacheEntryCoding.decode(Array(encoded.dropLast())) == nil) }
        }
    }
}
