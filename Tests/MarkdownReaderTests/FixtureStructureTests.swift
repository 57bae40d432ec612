import Testing
@testable import ArticleKit

/// The structure each fixture reads into: title, metadata, sections, block kinds and spans.
struct FixtureStructureTests {
    @Test func articleWithFrontMatterAndQuestionHeadings() throws {
        let document = try MarkdownFixtures.document("article.md")
        #expect(document.metadata.title == "Why the Tide Turns: A Harbour Town's Year")
        #expect(document.metadata.byline == "Maria Papadaki")
        #expect(document.metadata.date == "2026-03-14")
        #expect(document.metadata.format == .markdown)
        #expect(document.metadata.source == .path("article.md"))
        #expect(document.sectionHeadings == ["What changed this year?", "Who pays for the new pier?", "The season ahead"])
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.role) == [.question, .question, .body])
        #expect(document.blocks.filter { $0.kind == .heading }.allSatisfy { $0.level == 2 })
        #expect(document.kinds == [.paragraph, .heading, .paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(document.sections[0].kind == .lead)
        #expect(document.blocks[document.sections[0].body].map(\.text)
            == ["The harbour wakes before the town does. Fishing boats leave at four."])
        let fuel = document.blocks[2]
        #expect(fuel.text == "Fuel prices rose by a third, and the co-operative bought a second ice machine.")
        #expect(fuel.covered(by: .emphasis) == ["third"])
        #expect(fuel.covered(by: .strong) == ["co-operative"])
        #expect(document.blocks[4].covered(by: .link("budget.html")) == ["budget"])
        // Nothing of the front matter leaks into the text.
        #expect(!document.blocks.contains { $0.text.contains("tags") || $0.text.contains("---") })
    }

    @Test func frontMatterIsSniffedAsMarkdownAndWired() throws {
        let bytes = try MarkdownFixtures.bytes("article.md")
        #expect(FormatSniffer.format(of: bytes) == .markdown)
        let document = FormatReaders.read(bytes, as: .markdown, context: ReadContext())
        #expect(document.metadata.format == .markdown)
        #expect(document.metadata.title == "Why the Tide Turns: A Harbour Town's Year")
        #expect(document.sectionHeadings.count == 3)
    }

    @Test func setextHeadingsAreSectionsAndALoneLeadingH1IsTheTitle() throws {
        let document = try MarkdownFixtures.document("setext.md")
        #expect(document.metadata.title == "Harbour Notes")
        #expect(document.metadata.byline == nil)
        #expect(!document.blocks.contains { $0.text == "Harbour Notes" })
        #expect(document.sectionHeadings == ["Morning", "Evening"])
        #expect(document.kinds == [.paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(document.blocks[0].text == "A first paragraph that wraps onto a second line.")
        #expect(document.blocks.filter { $0.kind == .heading }.allSatisfy { $0.level == 2 && $0.role == .body })
    }

    @Test func nestedListsKeepDepthMarkersAndStartNumbers() throws {
        let document = try MarkdownFixtures.document("lists.md")
        #expect(document.metadata.title == "Lists")
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.count == document.blocks.count)
        let summary = items.map { "\($0.level) \($0.marker) \($0.text)" }
        #expect(summary == [
            "1 • apples", "1 • pears", "2 • green pears", "2 • red pears", "3 1. first", "3 2. second",
            "1 • plums", "1 3. three", "1 4. four", "2 • nested under four", "1 7) seven", "1 8) eight",
            "1 • loose item", "1  second paragraph of the loose item", "1 • ", "1 • after an empty item",
        ])
    }

    @Test func quotesAreOneBlockPerParagraph() throws {
        let document = try MarkdownFixtures.document("quotes.md")
        #expect(document.kinds == [.paragraph, .quote, .quote, .quote, .paragraph])
        #expect(document.texts(.quote) == ["First quoted paragraph.", "Second quoted paragraph on two lines.", "Nested quote."])
        #expect(document.sectionHeadings.isEmpty)
    }

    @Test func codeBlocksKeepLineBreaksAndLanguage() throws {
        let document = try MarkdownFixtures.document("code.md")
        let code = document.blocks.filter { $0.kind == .code }
        #expect(code.map(\.text) == ["let x = 1\nprint(x)", "$ folio article.md\n$ echo done", "no language"])
        #expect(code.map(\.details) == [["swift"], [], []])
        #expect(code.allSatisfy { $0.spans.isEmpty })
        #expect(document.texts(.paragraph) == ["Fenced:", "Indented:"])
    }

    @Test func tableRowsJoinCellsAndMarkTheHeader() throws {
        let document = try MarkdownFixtures.document("table.md")
        #expect(document.kinds == [.tableRow, .tableRow, .tableRow, .tableRow])
        #expect(document.blocks.map(\.level) == [1, 0, 0, 0])
        #expect(document.blocks[0].text == "Port | Boats | Catch (t)")
        #expect(document.blocks[0].cells == ["Port", "Boats", "Catch (t)"])
        #expect(document.blocks[1].text == "Piraeus | 120 | 45")
        #expect(document.blocks[1].covered(by: .strong) == ["45"])
        #expect(document.blocks[3].details == ["Chania", "22", "9 10"])
        #expect(document.blocks[3].covered(by: .strikethrough) == ["9"])
        // details and the joined text agree.
        #expect(document.blocks.allSatisfy { $0.details.joined(separator: " | ") == $0.text })
    }

    @Test func inlineSpansCoverTheirText() throws {
        let document = try MarkdownFixtures.document("inline.md")
        let first = document.blocks[0]
        #expect(first.text == "Some emphasis, some strong, some code, some struck text.")
        #expect(first.covered(by: .emphasis) == ["emphasis"])
        #expect(first.covered(by: .strong) == ["strong"])
        #expect(first.covered(by: .code) == ["code"])
        #expect(first.covered(by: .strikethrough) == ["struck"])
        let links = document.blocks[1]
        #expect(links.text == "A relative link, an absolute link and https://auto.example.com/.")
        #expect(links.spanTexts.map(\.0) == ["relative link", "absolute link", "https://auto.example.com/"])
        #expect(links.spans.map(\.style.url) == ["../notes/tide.html", "https://example.org/a?b=1#c", "https://auto.example.com/"])
        let nested = document.blocks[2]
        #expect(nested.text == "Nested: both and emph with code inside.")
        #expect(nested.spans.map(\.style) == [.emphasis, .strong, .emphasis, .code])
        #expect(nested.covered(by: .emphasis) == ["both", "emph with code inside"])
        #expect(nested.spans == nested.spans.sorted { $0.start < $1.start })
    }

    @Test func relativeLinksResolveAgainstTheContextURL() throws {
        let document = try MarkdownFixtures.document("inline.md", url: "https://news.example.com/2026/tides/index.html")
        #expect(document.blocks[1].spans.map(\.style.url) == [
            "https://news.example.com/2026/notes/tide.html", "https://example.org/a?b=1#c", "https://auto.example.com/",
        ])
        #expect(document.metadata.url == "https://news.example.com/2026/tides/index.html")
    }

    @Test func imagesAndCaptions() throws {
        let document = try MarkdownFixtures.document("inline.md")
        #expect(document.kinds == [.paragraph, .paragraph, .paragraph, .image, .caption, .paragraph, .paragraph])
        #expect(document.texts(.image) == ["[image: A fishing boat at dawn]"])
        #expect(document.texts(.caption) == ["The Agia Marina, 5 a.m."])
        #expect(document.blocks[5].text == "Inline image [image: tiny icon] inside text.")
    }

    @Test func hardBreaksAreNewlinesAndSoftBreaksSpaces() throws {
        let document = try MarkdownFixtures.document("inline.md")
        #expect(document.blocks.last?.text == "Hard break here\nand a backslash break\nand a soft break.")
    }

    @Test func rawHTMLKeepsTextAndDropsTagsAndScripts() throws {
        let document = try MarkdownFixtures.document("html.md")
        #expect(document.texts(.paragraph) == [
            "Text with inline tags and a span.",
            "Block HTML paragraph. Fish & chips \u{2014} <tasty>",
            "After the HTML.",
        ])
        let all = document.blocks.map(\.text).joined(separator: "\n")
        for hidden in ["alert", "gone", "color", "comment", "<div", "<p>", "<script", "class="] {
            #expect(!all.contains(hidden), "\(hidden) leaked")
        }
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        let document = try MarkdownFixtures.document("empty.md")
        #expect(document.blocks.isEmpty)
        #expect(document.metadata.title == nil)
        #expect(document.metadata.format == .markdown)
        #expect(document.sections.map(\.kind) == [.lead, .closing])
    }

    @Test func bomIsDroppedAndBadBytesRepaired() throws {
        let document = try MarkdownFixtures.document("bom.md")
        #expect(document.metadata.title == "BOM Title")
        #expect(document.blocks.map(\.text) == ["Body with bad byte \u{FFFD} here. Second line."])
    }
}
