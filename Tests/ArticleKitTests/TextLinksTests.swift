import ArticleKit
import Testing

/// URLs written in plain text become link spans, without the punctuation around them.
@Suite struct TextLinksTests {
    /// The URLs found in `text` with their scalar ranges.
    static func found(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextLinks.spans(in: text).map { span in
            let shown = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            #expect(span.style.url == shown, "the span's URL is its text")
            return shown
        }
    }

    @Test func sentencePunctuationAndBracketsAroundAURLAreLeftOut() {
        #expect(Self.found("See https://example.org/report.") == ["https://example.org/report"])
        #expect(Self.found("(source: http://example.org/a)") == ["http://example.org/a"])
        #expect(Self.found("Wiki https://en.wikipedia.org/wiki/Foo_(bar), then") == ["https://en.wikipedia.org/wiki/Foo_(bar)"])
        #expect(Self.found("“https://example.org/q?x=1&y=2”!") == ["https://example.org/q?x=1&y=2"])
    }

    @Test func aSchemeInsideAWordOrWithNothingAfterItIsNoLink() {
        #expect(Self.found("xhttp://example.org and https:// alone") == [])
        #expect(Self.found("ftp://example.org is not http") == [])
    }

    @Test func offsetsCountScalarsBeforeTheURL() {
        let text = "中文 e\u{301} HTTPS://Example.org/中 next"
        let spans = TextLinks.spans(in: text)
        #expect(spans.count == 1)
        #expect(spans.first?.start == 6)
        #expect(spans.first?.style.url == "HTTPS://Example.org/")
    }

    @Test func severalURLsInOneParagraph() {
        #expect(Self.found("a https://a.org b https://b.org/x;") == ["https://a.org", "https://b.org/x"])
    }

    @Test func plainTextParagraphsCarryTheirURLsAsLinks() {
        let document = PlainTextReader.read(text: "Title\n\nRead https://example.org/full for more.\n")
        #expect(document.blocks.flatMap(\.spans).compactMap(\.style.url) == ["https://example.org/full"])
    }
}
