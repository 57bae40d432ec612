import ArticleKit
import ReaderCore
import Testing

/// Links: the list (`L`), numbers, opening, reading in Folio, copying, refusals, going back.
@Suite struct LinksTests {
    /// A document whose lead has an https link, a javascript: link and a mailto: link.
    static func state(options: ReaderOptions = ReaderOptions(), width: Int = 80, height: Int = 24) -> ReaderState {
        let text = "See the agency, the trap and write to us."
        let blocks = [Block(.paragraph, text: text, spans: [
            InlineSpan(start: 8, end: 14, style: .link("https://example.org/agency")),
            InlineSpan(start: 20, end: 24, style: .link("javascript:alert(1)")),
            InlineSpan(start: 38, end: 40, style: .link("mailto:desk@example.org")),
        ])]
        let document = Document(metadata: DocumentMetadata(title: "Links", format: .html), blocks: blocks)
        return ReaderState(document: ReaderDocument(document: document, title: "Links"),
                           size: ScreenSize(width: width, height: height), options: options)
    }

    @Test func theListShowsThePaneLinksAndEnterOpensTheSelectedOne() {
        var state = Self.state()
        _ = send(typed("L"), to: &state)
        #expect(state.linkList?.links.map(\.number) == [1, 2, 3])
        #expect(state.linkList?.links.first?.text == "agency")
        #expect(send([.enter], to: &state) == [.openURL("https://example.org/agency")])
        #expect(state.viewKind == .reading)
        _ = send(typed("L"), to: &state)
        let rows = render(state).textRows.joined(separator: "\n")
        #expect(rows.contains("[1] agency"))
        #expect(rows.contains("https://example.org/agency · visited"))
    }

    @Test func typingANumberChoosesThatLink() {
        var state = Self.state()
        _ = send(typed("L3"), to: &state)
        #expect(send([.enter], to: &state) == [.openURL("mailto:desk@example.org")])
        _ = send(typed("L7"), to: &state)
        #expect(state.message == "No link 7 in this pane")
    }

    @Test func oThenANumberOpensItDirectly() {
        var state = Self.state()
        _ = send(typed("o1"), to: &state)
        #expect(state.viewKind == .linkNumber)
        #expect(send([.enter], to: &state) == [.openURL("https://example.org/agency")])
        _ = send(typed("o9") + [.enter], to: &state)
        #expect(state.message == "No link 9")
    }

    @Test func aJavascriptLinkIsRefusedAndNothingRuns() {
        var state = Self.state()
        #expect(send(typed("L2") + [.enter], to: &state).isEmpty)
        #expect(state.message == "Not opened: only http, https and mailto links open, not javascript:")
        #expect(LinkPolicy.refusal(of: "file:///etc/passwd") != nil)
        #expect(LinkPolicy.refusal(of: "data:text/html,hi") != nil)
        #expect(LinkPolicy.refusal(of: "https://example.org/a\u{1B}[2J") != nil)
        #expect(LinkPolicy.refusal(of: "HTTPS://example.org/") == nil)
        #expect(LinkPolicy.refusal(of: "no-scheme") != nil)
    }

    @Test func capitalOReadsTheLinkInFolioAfterSavingThePlace() {
        var state = Self.state()
        let effects = send(typed("L") + [.char("O")], to: &state)
        #expect(effects.last == .readURL("https://example.org/agency"))
        guard case .savePosition? = effects.first else { Issue.record("the place is not saved first: \(effects)"); return }
        _ = send(typed("L3O"), to: &state)
        #expect(state.message == "Only http and https pages can be read in Folio")
    }

    @Test func copyingIsOffUnlessAllowed() {
        var state = Self.state()
        #expect(send(typed("Ly"), to: &state).isEmpty)
        #expect(state.message?.hasPrefix("Copying is off") == true)
        var allowed = Self.state(options: ReaderOptions(copyLinks: true))
        #expect(send(typed("Ly"), to: &allowed) == [.copy("https://example.org/agency")])
    }

    @Test func backspaceGoesBackOnlyAfterFollowingALink() {
        var state = Self.state()
        #expect(send([.backspace], to: &state).isEmpty)
        #expect(state.message == "No article to go back to")
        var followed = Self.state(options: ReaderOptions(canGoBack: true))
        #expect(send([.backspace], to: &followed).last == .back)
    }

    @Test func aPaneWithoutLinksSaysSo() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        _ = send(typed("L"), to: &state)
        #expect(state.message == "No links in this pane")
        _ = send(typed("o"), to: &state)
        #expect(state.message == "No links in this article")
    }

    @Test func theLinksListGolden() {
        var state = Self.state()
        _ = send(typed("L2"), to: &state)
        GoldenScreen.check(render(state), named: "links-list-80x24")
    }
}
