import Testing
@testable import ArticleKit

/// YAML front matter: which blocks count, how values are unquoted, what is left for cmark.
struct FrontMatterTests {
    @Test func readsTitleAuthorAndDate() {
        let (matter, body) = FrontMatter.split("---\ntitle: Plain title\nAuthor: 'Jane O''Brien'\ndate: \"2026-01-02\"\n---\n# Body\n")
        #expect(matter == FrontMatter(title: "Plain title", author: "Jane O'Brien", date: "2026-01-02"))
        #expect(body == "# Body\n")
    }

    @Test func acceptsDotsAsTheClosingLineAndSkipsListsAndComments() {
        let (matter, body) = FrontMatter.split("---\n# a comment\ntags:\n  - one\n- two\n\ntitle: T # trailing comment\n...\nText")
        #expect(matter?.title == "T")
        #expect(body == "Text")
    }

    @Test func doubleQuotedValuesKeepColonsAndEscapes() {
        let (matter, _) = FrontMatter.split("---\ntitle: \"A: \\\"quoted\\\" title\"\n---\n")
        #expect(matter?.title == "A: \"quoted\" title")
    }

    @Test func emptyValuesAreNil() {
        let (matter, _) = FrontMatter.split("---\ntitle:\nauthor: \"\"\n---\nx")
        #expect(matter == FrontMatter())
    }

    @Test func withoutAClosingLineThereIsNoFrontMatter() {
        let text = "---\ntitle: Never closed\n\nSome text"
        let (matter, body) = FrontMatter.split(text)
        #expect(matter == nil)
        #expect(body == Substring(text))
    }

    @Test func aThematicBreakBeforeProseIsNotFrontMatter() {
        let text = "---\nJust a paragraph, not a key.\n---\n"
        #expect(FrontMatter.split(text).frontMatter == nil)
        let document = MarkdownReader.read(text: text)
        #expect(document.blocks.contains { $0.text == "Just a paragraph, not a key." })
    }

    @Test func frontMatterTitleWinsAndARepeatedH1IsDropped() {
        let same = MarkdownReader.read(text: "---\ntitle: Tides\n---\n# Tides\n\nBody.\n")
        #expect(same.metadata.title == "Tides")
        #expect(same.blocks.map(\.text) == ["Body."])
        let different = MarkdownReader.read(text: "---\ntitle: Tides\n---\n# Another\n\nBody.\n")
        #expect(different.metadata.title == "Tides")
        #expect(different.blocks.map(\.kind) == [.heading, .paragraph])
    }

    @Test func twoH1sMeanNoTitleFromHeadings() {
        let document = MarkdownReader.read(text: "# One\n\ntext\n\n# Two\n\nmore\n")
        #expect(document.metadata.title == nil)
        #expect(document.sectionHeadings == ["One", "Two"])
    }

    @Test func aLeadingH2IsNotTheTitle() {
        let document = MarkdownReader.read(text: "## Why now?\n\ntext\n")
        #expect(document.metadata.title == nil)
        #expect(document.blocks.first?.role == .question)
        #expect(document.sectionHeadings == ["Why now?"])
    }
}
