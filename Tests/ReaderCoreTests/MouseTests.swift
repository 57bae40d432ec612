import ArticleKit
import ReaderCore
import Testing

/// The mouse through `update`: clicks on the outline and on links, the wheel, drags that select.
@Suite struct MouseTests {
    static func mouse(_ kind: MouseEvent.Kind, _ column: Int, _ row: Int, _ state: inout ReaderState) -> [Effect] {
        update(&state, .mouse(MouseEvent(kind, column: column, row: row)))
    }

    /// The row of the screen that shows `text`, and the column where it starts.
    static func find(_ text: String, in state: ReaderState) -> (column: Int, row: Int)? {
        for (row, line) in render(state).textRows.enumerated() {
            if let range = line.range(of: text) {
                return (line[..<range.lowerBound].count, row)
            }
        }
        return nil
    }

    @Test func aClickOnAnOutlineEntryFocusesItsPane() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        let entry = try #require(Self.find("4 What does Putin want", in: state))
        _ = Self.mouse(.press, entry.column + 3, entry.row, &state)
        _ = Self.mouse(.release, entry.column + 3, entry.row, &state)
        #expect(state.pane.kind == .section(number: 4))
    }

    @Test func aClickOnThePaneBarFocusesThatPaneOnNarrowScreens() throws {
        var state = try TestArticles.state(width: 50, height: 20)
        let item = try #require(Self.find(" 3 ", in: state))
        #expect(item.row == 1)
        _ = Self.mouse(.press, item.column + 1, item.row, &state)
        #expect(state.pane.kind == .section(number: 3))
    }

    @Test func theWheelScrollsThreeLines() throws {
        var state = try TestArticles.state(width: 40, height: 12)
        _ = send(typed("4"), to: &state)
        _ = Self.mouse(.wheelDown, 10, 6, &state)
        #expect(state.top == 3)
        _ = Self.mouse(.wheelUp, 10, 6, &state)
        #expect(state.top == 0)
    }

    @Test func aClickOnALinkOpensTheLinksListOnIt() throws {
        var state = LinksTests.state()
        let link = try #require(Self.find("trap", in: state))
        _ = Self.mouse(.press, link.column + 1, link.row, &state)
        #expect(state.viewKind == .links)
        #expect(state.linkList?.links[state.linkList!.selected].number == 2)
    }

    @Test func aDragSelectsTextThatEnterKeeps() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4"), to: &state)
        let start = try #require(Self.find("Putin needs", in: state))
        let end = try #require(Self.find("support the", in: state))
        _ = Self.mouse(.press, start.column, start.row, &state)
        _ = Self.mouse(.drag, end.column + 2, end.row, &state)
        _ = Self.mouse(.release, end.column + 2, end.row, &state)
        #expect(state.viewKind == .selecting)
        let effects = send([.enter], to: &state)
        #expect(try HighlightKeysTests.text(of: effects.last) == "Putin needs China to support")
    }

    @Test func aClickPlacesTheCursorOnWideText() throws {
        let text = "中文的句子很长。Second sentence here."
        let document = Document(metadata: DocumentMetadata(title: "Wide", format: .text), blocks: [Block(.paragraph, text: text)])
        var state = ReaderState(document: ReaderDocument(document: document, title: "Wide"), size: ScreenSize(width: 100, height: 30))
        let second = try #require(Self.find("Second", in: state))
        // The row's text before "Second" is 8 wide characters: 16 columns, but 8 characters in the String.
        let column = render(state).textRows[second.row].prefix(second.column).reduce(0) { $0 + DisplayWidth.of($1) }
        _ = Self.mouse(.press, column + 1, second.row, &state)
        #expect(state.cursor.offset == 9)
    }
}
