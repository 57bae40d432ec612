import ArticleKit
import ReaderCore
import Testing

/// Layout goldens: the bundled article at three sizes, in five situations each.
@Suite struct ScreenGoldenTests {
    static let sizes: [(Int, Int)] = [(100, 30), (80, 24), (40, 12)]

    @Test(arguments: sizes)
    func firstScreen(width: Int, height: Int) throws {
        let state = try TestArticles.state(width: width, height: height)
        GoldenScreen.check(render(state), named: "first-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func afterQuestionThree(width: Int, height: Int) throws {
        var state = try TestArticles.state(width: width, height: height)
        _ = send(typed("3"), to: &state)
        GoldenScreen.check(render(state), named: "question3-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func afterScrolling(width: Int, height: Int) throws {
        var state = try TestArticles.state(width: width, height: height)
        _ = send(typed("4jjj"), to: &state)
        GoldenScreen.check(render(state), named: "scrolled-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func afterResize(width: Int, height: Int) throws {
        // Scrolled into question 4 on a small screen, then resized: the same text stays on top.
        var state = try TestArticles.state(width: 40, height: 12)
        _ = send(typed("4jjjjjjjjj"), to: &state)
        _ = update(&state, .resize(ScreenSize(width: width, height: height)))
        GoldenScreen.check(render(state), named: "resized-from-40x12-to-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func helpOverlay(width: Int, height: Int) throws {
        var state = try TestArticles.state(width: width, height: height)
        _ = send(typed("?"), to: &state)
        GoldenScreen.check(render(state), named: "help-\(width)x\(height)")
    }
}

/// Goldens for highlights drawn in the text, the highlight list and the note editor.
@Suite struct HighlightGoldenTests {
    static func stateWithHighlights(width: Int, height: Int) throws -> ReaderState {
        var state = try TestArticles.state(width: width, height: height)
        _ = send(typed("4"), to: &state)
        try HighlightKeysTests.withAnnotations(&state, [
            try HighlightKeysTests.highlight("China is increasingly becoming a lifeline", note: "key point"),
            try HighlightKeysTests.highlight("Russia requested military equipment"),
        ])
        return state
    }

    @Test(arguments: ScreenGoldenTests.sizes)
    func highlightsDrawn(width: Int, height: Int) throws {
        GoldenScreen.check(render(try Self.stateWithHighlights(width: width, height: height)), named: "highlights-\(width)x\(height)")
    }

    @Test(arguments: ScreenGoldenTests.sizes)
    func highlightList(width: Int, height: Int) throws {
        var state = try Self.stateWithHighlights(width: width, height: height)
        _ = send(typed("H"), to: &state)
        GoldenScreen.check(render(state), named: "highlight-list-\(width)x\(height)")
    }

    @Test(arguments: ScreenGoldenTests.sizes)
    func noteEditor(width: Int, height: Int) throws {
        var state = try Self.stateWithHighlights(width: width, height: height)
        _ = send(typed(")a") + [.backspace] + typed("t, revised") + [.left], to: &state)
        GoldenScreen.check(render(state), named: "note-editor-\(width)x\(height)")
    }

    @Test func selectionDrawn() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        _ = send(typed("4vwwwww") + [.down], to: &state)
        GoldenScreen.check(render(state), named: "selection-80x24")
    }
}
