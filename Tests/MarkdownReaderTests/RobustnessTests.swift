import Testing
@testable import ArticleKit

/// Inputs that stress the reader: deep nesting, size, odd bytes.
struct RobustnessTests {
    @Test func tenThousandNestedQuotesOnOneLine() {
        let text = String(repeating: "> ", count: 10_000) + "deep\n"
        let document = MarkdownReader.read(text: text)
        #expect(document.blocks == [Block(.quote, text: "deep")])
    }

    @Test func tenThousandNestedQuotesWithSeveralParagraphs() {
        let prefix = String(repeating: ">", count: 10_000)
        let text = prefix + " first\n" + prefix + "\n" + prefix + " second\n" + prefix + " - listed\n"
        let document = MarkdownReader.read(text: text)
        #expect(document.blocks.map(\.kind) == [.quote, .quote, .listItem])
        #expect(document.blocks.map(\.text) == ["first", "second", "listed"])
    }

    @Test func fiveThousandAlternatingQuotesAndListItems() {
        let text = String(repeating: "> - ", count: 5_000) + "mixed\n"
        let document = MarkdownReader.read(text: text)
        #expect(document.blocks.count == 5_000)
        #expect(document.blocks.last?.text == "mixed")
        #expect(document.blocks.last?.level == 5_000)
    }

    @Test func deeplyNestedListsAndEmphasis() {
        var text = ""
        for depth in 0..<2_000 { text += String(repeating: "  ", count: depth) + "- item\(depth)\n" }
        text += "\n" + String(repeating: "*", count: 5_000) + "x" + String(repeating: "*", count: 5_000) + "\n"
        text += String(repeating: "[", count: 5_000) + "y" + String(repeating: "]", count: 5_000) + "\n"
        let document = MarkdownReader.read(text: text)
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.count == 2_000)
        #expect(items.map(\.level).max() ?? 0 > 100)
        #expect(document.blocks.contains { $0.text.contains("x") })
    }

    @Test func fiveMegabyteDocument() {
        let paragraph = "The harbour *wakes* before the **town** does, and the `boats` leave at [four](https://e.org/)."
        var text = "# Five megabytes\n\n"
        var sections = 0
        var paragraphs = 0
        while text.utf8.count < 5 * 1024 * 1024 {
            if paragraphs % 20 == 0 {
                sections += 1
                text += "## Section \(sections)?\n\n"
            }
            text += paragraph + "\n\n"
            paragraphs += 1
        }
        let clock = ContinuousClock()
        let start = clock.now
        let document = MarkdownReader.read(Array(text.utf8), context: ReadContext())
        let elapsed = clock.now - start
        #expect(document.metadata.title == "Five megabytes")
        #expect(document.sectionHeadings.count == sections)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == paragraphs)
        #expect(document.blocks.allSatisfy { $0.kind != .paragraph || $0.spans.count == 4 })
        #expect(elapsed < .seconds(30), "5 MB took \(elapsed)")
    }

    @Test func nulAndControlBytesDoNotCrash() {
        let bytes: [UInt8] = Array("# T\u{0}itle\n\nA\u{1B}[31m red \u{0} paragraph\n".utf8) + [0xC3, 0x28, 0x0A]
        let document = MarkdownReader.read(bytes, context: ReadContext())
        #expect(!document.blocks.isEmpty)
        #expect(document.blocks.allSatisfy { !$0.text.unicodeScalars.contains("\u{0}") })
    }

    @Test func crlfLineEndsAndFrontMatterWithABOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: CRLF\r\n---\r\nLine one\r\nline two\r\n".utf8)
        let document = MarkdownReader.read(bytes, context: ReadContext())
        #expect(document.metadata.title == "CRLF")
        #expect(document.blocks.map(\.text) == ["Line one line two"])
    }

    @Test func spansStayInsideTheirBlocks() throws {
        for name in ["article.md", "inline.md", "table.md", "lists.md", "html.md"] {
            let document = try MarkdownFixtures.document(name)
            for block in document.blocks {
                let count = block.text.unicodeScalars.count
                #expect(block.spans.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= count }, "\(name): \(block)")
            }
        }
    }
}
