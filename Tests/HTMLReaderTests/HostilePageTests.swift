import Foundation
import Testing
@testable import ArticleKit

/// Pages built to hurt: deep nesting, huge inputs, entity bombs. The reader must return, not trap or hang.
@Suite struct HostilePageTests {
    /// Runs `body` on a thread with a 512 KB stack (a secondary thread's default) and waits for it.
    func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
    }

    @Test func tenThousandNestedDivsOnASmallStack() {
        let page = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep text, still shown.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        onSmallStack {
            let document = HTMLReader.read(Array(page.utf8), context: ReadContext())
            #expect(document.blocks.contains { $0.text == "Deep text, still shown." })
        }
    }

    @Test func aHundredThousandNestedElementsAreCutDown() {
        let bytes = Array((String(repeating: "<span><div>", count: 50_000) + "bottom").utf8)
        let limited = DepthLimiter.limited(bytes)
        #expect(limited.count < bytes.count)
        let start = Date()
        onSmallStack {
            let document = HTMLReader.read(bytes, context: ReadContext())
            #expect(document.blocks.contains { $0.text.contains("bottom") })
        }
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func billionLaughsIsJustText() {
        var page = "<!DOCTYPE html [<!ENTITY lol \"lol\">"
        for level in 1...9 { page += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        page += "]><html><body><p>&lol9; is not expanded, and the page text is short, as it should be for such a page.</p></body></html>"
        let document = HTMLReader.read(Array(page.utf8), context: ReadContext())
        #expect(document.allText.utf8.count < 10_000)
        #expect(document.allText.contains("is not expanded"))
    }

    @Test func oneTenMegabyteLine() {
        let line = String(repeating: "word, ", count: 1_750_000)
        let document = HTMLReader.read(Array("<html><body><p>\(line)</p></body></html>".utf8), context: ReadContext())
        #expect(document.blocks.count == 1)
        #expect(document.blocks[0].text.utf8.count > 10_000_000)
    }

    /// A page of `megabytes` MB of short boxed paragraphs reads to the end (50 MB with
    /// FOLIO_HEAVY_TESTS=1: about a minute in a debug build; 8 MB otherwise).
    @Test func bigPage() {
        let megabytes = ProcessInfo.processInfo.environment["FOLIO_HEAVY_TESTS"] == nil ? 8 : 50
        let paragraph = "<div class=x><p>The harbour wall was finished late, and everyone was glad, said the council.</p><a href=/a>link</a></div>\n"
        let count = megabytes * 1_000_000 / paragraph.utf8.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(megabytes * 1_000_000 + 100)
        bytes += Array("<html><body>".utf8)
        let unit = Array(paragraph.utf8)
        for _ in 0..<count { bytes += unit }
        let document = HTMLReader.read(bytes, context: ReadContext())
        #expect(document.blocks.count > 1000)
        #expect(document.blocks.suffix(2).contains { $0.text.hasPrefix("The harbour wall") })
    }

    @Test func controlCharactersAreDropped() {
        let document = HTMLReader.read(Array("<p>bell\u{7} escape\u{1B}[31m nul\u{0} done, and enough text to count as an article of its own here.</p>".utf8), context: ReadContext())
        #expect(!document.allText.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func emptyAndTextlessPagesGiveEmptyDocuments() {
        #expect(HTMLReader.read([], context: ReadContext()).blocks.isEmpty)
        #expect(HTMLReader.read(Array("<html><head><title>T</title></head><body></body></html>".utf8), context: ReadContext()).metadata.title == "T")
    }
}
