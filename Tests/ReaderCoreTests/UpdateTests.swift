import ArticleKit
import ReaderCore
import Testing

/// Key sequences through `update`: what each key does to the state.
@Suite struct UpdateTests {
    @Test func bundledArticleHasLeadFiveQuestionsAndClosingPane() throws {
        let document = try TestArticles.bundledDocument()
        #expect(document.panes.map(\.kind) == [.lead] + (1...5).map { .section(number: $0) } + [.closing])
        #expect(document.panes[3].heading == "What are the economic relations between Russia and China?")
    }

    @Test func digitJumpsToThatQuestion() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        #expect(send(typed("3"), to: &state) == [.savePosition(section: 3, offset: 0)])
        #expect(state.pane.kind == .section(number: 3))
        #expect(state.top == 0)
        _ = send(typed("9"), to: &state)
        #expect(state.pane.kind == .section(number: 3))
        #expect(state.message == "No section 9")
    }

    @Test func tabAndPMoveBetweenPanesWithoutWrapping() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send([.tab, .tab], to: &state)
        #expect(state.paneIndex == 2)
        _ = send([.backTab], to: &state)
        #expect(state.paneIndex == 1)
        _ = send(typed("pp"), to: &state)
        #expect(state.paneIndex == 0)
        #expect(state.message == "First pane")
        _ = send(Array(repeating: .tab, count: 10), to: &state)
        #expect(state.paneIndex == state.document.panes.count - 1)
        #expect(state.message == "Last pane")
    }

    @Test func lineAndPageScrollingStayInsideThePane() throws {
        var state = try TestArticles.state(width: 40, height: 12)
        _ = send(typed("4"), to: &state)
        #expect(state.maxTop > 5, "question 4 must be longer than a 40x12 screen for this test")
        _ = send([.char("j"), .down], to: &state)
        #expect(state.top == 2)
        _ = send([.char("k"), .up, .up], to: &state)
        #expect(state.top == 0)
        _ = send([.char("G")], to: &state)
        #expect(state.top == state.maxTop)
        #expect(state.percent == 100)
        _ = send([.char("j")], to: &state)
        #expect(state.top == state.maxTop)
        _ = send([.home], to: &state)
        #expect(state.top == 0)
        _ = send([.end, .char("g")], to: &state)
        #expect(state.top == 0)
        _ = send([.char(" ")], to: &state)
        #expect(state.top == state.bodyRows - 1)
        _ = send([.char("b")], to: &state)
        #expect(state.top == 0)
    }

    @Test func pageDownAtTheBottomGoesOnToTheNextPane() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("2G") + [.pageDown], to: &state)
        #expect(state.pane.kind == .section(number: 3))
        #expect(state.top == 0)
        _ = send([.pageUp], to: &state)
        #expect(state.pane.kind == .section(number: 2))
        #expect(state.top == state.maxTop)
    }

    @Test func returningToAPaneKeepsItsPlace() throws {
        var state = try TestArticles.state(width: 40, height: 12)
        _ = send(typed("4jjj"), to: &state)
        let place = state.place
        _ = send(typed("1"), to: &state)
        _ = send(typed("4"), to: &state)
        #expect(state.place == place)
    }

    @Test func resizeKeepsTheSameParagraphInView() throws {
        var state = try TestArticles.state(width: 50, height: 20)
        _ = send(typed("4"), to: &state)
        let target = state.layout.paragraphStarts[2] + 1
        for _ in 0..<target { _ = send([.char("j")], to: &state) }
        let before = state.place
        #expect(before.paragraph == 2)
        for size in [ScreenSize(width: 100, height: 30), ScreenSize(width: 33, height: 9), ScreenSize(width: 140, height: 50), ScreenSize(width: 50, height: 20)] {
            _ = update(&state, .resize(size))
            let shown = (state.top..<min(state.top + state.bodyRows, state.layout.bodyLines.count)).compactMap {
                state.layout.bodyLines[$0].paragraph
            }
            #expect(shown.contains(before.paragraph), "paragraph \(before.paragraph) not on screen at \(size)")
        }
    }

    @Test func helpOpensAndAnyKeyClosesIt() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        _ = send(typed("?"), to: &state)
        #expect(state.helpTop == 0)
        let effects = send(typed("q"), to: &state)
        #expect(effects.isEmpty, "q closes the help first, it does not quit")
        #expect(state.helpTop == nil)
        #expect(state.paneIndex == 0)
    }

    @Test func helpListsEveryBindingOfEveryReaderView() throws {
        var state = try TestArticles.state(width: 100, height: 200)
        _ = send(typed("?"), to: &state)
        let text = render(state).textRows.joined(separator: "\n")
        // The library's keys are in the library's own help (LibraryViewTests).
        for keymap in state.keymaps.views where keymap.kind != .library {
            for binding in keymap.bindings {
                #expect(text.contains(binding.help), "help overlay lacks \(binding.help)")
                #expect(text.contains(binding.label), "help overlay lacks \(binding.label)")
            }
        }
    }

    @Test func qQuitsAndUnknownKeysSaySo() throws {
        var state = try TestArticles.state(width: 80, height: 24)
        #expect(send(typed("z"), to: &state).isEmpty)
        #expect(state.message?.contains("? for help") == true)
        #expect(send(typed("q"), to: &state).last == .quit)
        #expect(send([.ctrl("c")], to: &state).last == .quit)
    }
}
