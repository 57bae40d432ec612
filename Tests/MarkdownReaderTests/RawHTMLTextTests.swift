import Testing
@testable import ArticleKit

/// Raw HTML keeps its words and loses its markup and anything executable.
struct RawHTMLTextTests {
    @Test func stripsTagsAndCollapsesWhiteSpace() {
        #expect(RawHTMLText.text(ofBlock: "<div>\n  <em>Hello</em>   world\n</div>\n") == "Hello world")
        #expect(RawHTMLText.text(ofBlock: "<p>one</p><p>two</p>") == "one two")
    }

    @Test func dropsScriptsStylesCommentsAndProcessingInstructions() {
        let html = "<script type=\"x\">if (a > b) alert(1)</script><STYLE>b{}</STYLE><!-- note --><?php echo 1 ?><![CDATA[raw]]>kept"
        #expect(RawHTMLText.text(ofBlock: html) == "kept")
    }

    @Test func quotedAttributeValuesMayHoldAngleBrackets() {
        #expect(RawHTMLText.text(ofBlock: "<a title=\"a > b\" href='x>y'>link text</a>") == "link text")
    }

    @Test func decodesCommonEntitiesOnly() {
        #expect(RawHTMLText.text(ofBlock: "<p>&lt;b&gt; &amp; &#65;&#x42; &unknown; &#0;</p>") == "<b> & AB &unknown; &#0;")
    }

    @Test func anUnclosedScriptHidesTheRest() {
        #expect(RawHTMLText.text(ofBlock: "before <script>never closed") == "before")
    }

    @Test func inlineHTMLInAParagraphKeepsTheTextBetweenTags() {
        let document = MarkdownReader.read(text: "A <abbr title=\"x\">TLA</abbr> and <img src=x onerror=alert(1)> done.\n")
        #expect(document.blocks.map(\.text) == ["A TLA and done."])
    }
}
