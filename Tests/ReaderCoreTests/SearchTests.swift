import ReaderCore
import Testing

/// Searching the whole article with `/`, `\`, `n` and `N`: panes, smart case, wrapping, history.
@Suite struct SearchTests {
    /// Types `/pattern` and Enter.
    static func search(_ pattern: String, in state: inout ReaderState, backward: Bool = false) {
        _ = send([.char(backward ? "\\" : "/")] + typed(pattern) + [.enter], to: &state)
    }

    /// The text of the current match.
    static func currentText(_ state: ReaderState) -> String? {
        guard let search = state.search, let current = search.current else { return nil }
        let match = search.matches[current]
        let scalars = Array(state.document.panes[match.pane].paragraphs[match.paragraph].unicodeScalars)
        return String(String.UnicodeScalarView(scalars[match.range]))
    }

    @Test func aWordOnlyInQuestionFourFocusesItsPaneAndMarksIt() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("lifeline", in: &state)
        #expect(state.pane.kind == .section(number: 4))
        #expect(state.message == "match 1 of 1")
        #expect(Self.currentText(state) == "lifeline")
        #expect(render(state).styledRuns.contains { $0.hasSuffix("searchCurrent") })
    }

    @Test func smartCaseIgnoresCaseUnlessThePatternHasACapital() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("crimea", in: &state)
        #expect(Self.currentText(state) == "Crimea")
        Self.search("CRIMEA", in: &state)
        #expect(state.message == "Pattern not found: CRIMEA")
        #expect(SearchPattern("Été")!.ranges(in: "été Été") == [4..<7])
        #expect(SearchPattern("été")!.ranges(in: "ÉTÉ, été") == [0..<3, 5..<8])
    }

    @Test func offsetsAreScalarsAfterWideAndCombiningText() {
        #expect(SearchPattern("ab")!.ranges(in: "中文ab e\u{301}ab") == [2..<4, 7..<9])
        #expect(SearchPattern("aa")!.ranges(in: "aaaa") == [0..<2, 2..<4])
        #expect(SearchPattern("") == nil)
    }

    @Test func noMatchSaysSoAndMovesNothing() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("3jj"), to: &state)
        let (pane, top, cursor) = (state.paneIndex, state.top, state.cursor)
        Self.search("zebra crossing", in: &state)
        #expect(state.message == "Pattern not found: zebra crossing")
        #expect((state.paneIndex, state.top, state.cursor) == (pane, top, cursor))
        _ = send(typed("n"), to: &state)
        #expect(state.message == "Pattern not found: zebra crossing")
        #expect(state.paneIndex == pane)
    }

    @Test func nGoesOnAndWrapsNGoesBack() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("sovereignty", in: &state)
        #expect(state.message == "match 1 of 2")
        _ = send(typed("n"), to: &state)
        #expect(state.message == "match 2 of 2")
        _ = send(typed("n"), to: &state)
        #expect(state.message == "match 1 of 2 (wrapped to the top)")
        _ = send(typed("N"), to: &state)
        #expect(state.message == "match 2 of 2 (wrapped to the end)")
    }

    @Test func backwardSearchFindsTheMatchBeforeTheCursorAndNKeepsItsDirection() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("6"), to: &state)
        Self.search("crimea", in: &state, backward: true)
        #expect(state.pane.kind == .section(number: 3))
        let count = try #require(state.search?.matches.count)
        #expect(count == 1)
        _ = send(typed("n"), to: &state)
        #expect(state.message == "match 1 of 1 (wrapped to the end)")
    }

    @Test func everyPaneIsSearchedInReadingOrder() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("putin", in: &state)
        let matches = try #require(state.search?.matches)
        #expect(matches.count > 5)
        #expect(Set(matches.map(\.pane)).count >= 4)
        #expect(matches.map { [$0.pane, $0.paragraph, $0.range.lowerBound] }.elementsEqual(
            matches.map { [$0.pane, $0.paragraph, $0.range.lowerBound] }.sorted { $0.lexicographicallyPrecedes($1) }))
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheTypedText() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("china", in: &state)
        Self.search("putin", in: &state)
        _ = send([.char("/")] + typed("xi") + [.up], to: &state)
        #expect(state.searchPrompt.map { String($0.text) } == "putin")
        _ = send([.up], to: &state)
        #expect(state.searchPrompt.map { String($0.text) } == "china")
        _ = send([.up], to: &state)
        #expect(state.message == "No earlier search")
        _ = send([.down, .down], to: &state)
        #expect(state.searchPrompt.map { String($0.text) } == "xi")
        _ = send([.escape], to: &state)
        #expect(state.viewKind == .reading)
        #expect(state.search?.pattern.text == "putin", "a cancelled prompt keeps the last search")
    }

    @Test func anEmptyPatternRepeatsTheLastSearch() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        Self.search("sovereignty", in: &state)
        Self.search("", in: &state)
        #expect(state.search?.pattern.text == "sovereignty")
        #expect(state.message?.hasPrefix("match ") == true)
    }

    @Test func nBeforeAnySearchSaysHowToSearch() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("n"), to: &state)
        #expect(state.message == "No search yet; / searches")
    }
}

/// Goldens for search: the matches marked in the text, the current one, the prompt.
@Suite struct SearchGoldenTests {
    @Test func matchesMarkedAfterASearch() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        SearchTests.search("china", in: &state)
        _ = send(typed("n"), to: &state)
        GoldenScreen.check(render(state), named: "search-marks-80x24")
    }

    @Test func thePromptWhileTyping() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        _ = send([.char("\\")] + typed("中文 é"), to: &state)
        GoldenScreen.check(render(state), named: "search-prompt-80x24")
    }
}
