import ReaderCore
import Testing

/// The headings overlay (`t`): the outline to jump from where it is not beside the text.
@Suite struct HeadingsOverlayTests {
    @Test func tOpensTheHeadingsOnTheFocusedPaneAndEnterReadsTheChosenOne() throws {
        var state = try TestArticles.state(width: 50, height: 20)
        _ = send(typed("2t"), to: &state)
        #expect(state.headingsSelection == 2)
        _ = send(typed("jj") + [.enter], to: &state)
        #expect(state.viewKind == .reading)
        #expect(state.pane.kind == .section(number: 4))
        _ = send(typed("tG") + [.enter], to: &state)
        #expect(state.pane.kind == .closing)
        _ = send(typed("t") + [.escape], to: &state)
        #expect(state.viewKind == .reading)
    }

    @Test func theOverlayGolden() throws {
        var state = try TestArticles.state(width: 50, height: 20)
        _ = send(typed("3tk"), to: &state)
        GoldenScreen.check(render(state), named: "headings-50x20")
    }
}
