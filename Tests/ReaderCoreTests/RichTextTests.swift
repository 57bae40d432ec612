import ArticleKit
@testable import ReaderCore
import Testing

/// Rich text in the pane: list markers with hanging indents, quote bars, code
/// cut at the edge, styled runs and numbered links, and marks that still land
/// on the right characters around inserted link numbers.
@Suite struct RichTextTests {
    /// A small web-style document: a lead with a link, then a section with a
    /// list, a quote, code, a table and an image with its caption.
    static let document: Document = {
        let lead = "Prices rose. Read the report at the agency and the summary here."
        let blocks: [Block] = [
            Block(.paragraph, text: lead, spans: [
                InlineSpan(start: 22, end: 28, style: .emphasis),
                InlineSpan(start: 36, end: 42, style: .link("https://example.org/agency")),
                InlineSpan(start: 51, end: 58, style: .link("https://example.org/summary")),
            ]),
            Block(.heading, role: .question, level: 2, text: "What changed?"),
            Block(.listItem, level: 1, text: "Prices rose sharply in every region of the country over the year.", details: ["•"]),
            Block(.listItem, level: 2, text: "Rents led the rise.", details: ["1."]),
            Block(.quote, text: "We did not expect it to last this long, said the minister.",
                  spans: [InlineSpan(start: 0, end: 2, style: .strong)]),
            Block(.code, text: "let total = prices.reduce(0, +) // a line long enough to be cut at the edge of the pane\nprint(total)"),
            Block(.tableRow, level: 1, text: "Region | Change", details: ["Region", "Change"]),
            Block(.tableRow, text: "North | 4%", details: ["North", "4%"]),
            Block(.image, text: "[image: A chart of prices]"),
            Block(.caption, text: "Prices, 2020-2025."),
        ]
        return Document(metadata: DocumentMetadata(title: "Prices", format: .html), blocks: blocks)
    }()

    static func state(width: Int, height: Int) -> ReaderState {
        ReaderState(document: ReaderDocument(document: document, title: "Prices"), size: ScreenSize(width: width, height: height))
    }

    @Test(arguments: [(80, 24), (40, 16)])
    func sectionWithEveryKindOfBlock(width: Int, height: Int) {
        var state = Self.state(width: width, height: height)
        _ = send(typed("1"), to: &state)
        GoldenScreen.check(render(state), named: "rich-section-\(width)x\(height)")
    }

    static let shown = "Prices rose. Read the report at the agency[1] and the summary[2] here."

    @Test func linksAreNumberedInReadingOrderAndStyled() {
        let state = Self.state(width: 120, height: 24)
        let screen = render(state)
        let row = try! #require(screen.textRows.firstIndex { $0.contains(Self.shown) })
        let x = state.geometry.textX
        #expect(screen[row, x + DisplayWidth.of("Prices rose. Read the ")].style == .emphasis)
        #expect(screen[row, x + DisplayWidth.of("Prices rose. Read the report at the ")].style == .link)
        #expect(screen[row, x + DisplayWidth.of("Prices rose. Read the report at the agency")].style == .mark)
        #expect(screen[row, x + DisplayWidth.of("Prices rose. Read the report at the agency[1")].style == .mark)
        #expect(screen[row, x + DisplayWidth.of("Prices rose. Read the report at the agency[1] ")].style == .normal)
    }

    @Test func theCursorSentenceSkipsLinkNumbers() {
        // With the cursor on the second sentence, every character of its text is
        // underlined and no character of "[1]" or "[2]" is.
        var state = Self.state(width: 120, height: 24)
        _ = send(typed(")"), to: &state)
        let screen = render(state)
        let row = try! #require(screen.textRows.firstIndex { $0.contains(Self.shown) })
        let x = state.geometry.textX
        let characters = Array(Self.shown)
        var inNumber = false
        for (index, character) in characters.enumerated() where index >= 13 {
            if character == "[" { inNumber = true }
            let style = screen[row, x + index].style
            #expect(style == (inNumber ? .mark : .cursor), "column \(index) '\(character)'")
            if character == "]" { inNumber = false }
        }
    }

    @Test func codeLinesAreCutNotWrapped() {
        var state = Self.state(width: 40, height: 30)
        _ = send(typed("1"), to: &state)
        let rows = render(state).textRows
        #expect(rows.contains { $0.contains("let total = prices") && $0.contains("›") })
        #expect(!rows.contains { $0.contains("edge of the pane") })
        #expect(rows.contains { $0.contains("  print(total)") })
    }
}
