import ArticleKit
import HighlightStore
import ReaderCore
import Testing

/// The reading cursor, selections, notes, lists and bookmarks through `update`.
@Suite struct HighlightKeysTests {
    /// The section bodies the store anchors in, for checking effect ranges.
    static func bodies() throws -> SectionBodies {
        SectionBodies(document: try TestArticles.bundled().document)
    }

    /// The text an effect's range covers.
    static func text(of effect: Effect?) throws -> String? {
        guard case .saveHighlight(let section, let start, let end, _)? = effect else { return nil }
        return try bodies().text(of: SectionRange(section: section, start: start, end: end))
    }

    /// A state whose annotations are `records`, resolved the way the executable resolves them.
    static func withAnnotations(_ state: inout ReaderState, _ records: [StoreRecord]) throws {
        let loaded = try TestArticles.bundled()
        let store = AnnotationStore(path: "/nonexistent/never-written.jsonl")
        let identity = ArticleIdentity(loaded)
        _ = update(&state, .annotationsChanged(
            highlights: store.highlights(in: identity, bodies: try bodies(), pending: records),
            bookmarks: store.bookmarks(in: identity, bodies: try bodies(), pending: records)))
    }

    /// A highlight record of the first occurrence of `quote`.
    static func highlight(_ quote: String, note: String? = nil) throws -> StoreRecord {
        let range = try #require(try bodies().occurrences(of: quote).first)
        let anchor = try #require(QuoteAnchor(range, in: try bodies()))
        return .highlight(anchor, in: ArticleIdentity(try TestArticles.bundled()), note: note, at: "2026-11-29T10:00:00Z")
    }

    @Test func hHighlightsTheSentenceAtTheCursorAndParenMovesIt() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4"), to: &state)
        #expect(try Self.text(of: send(typed("h"), to: &state).last) == "Putin needs China to support the Russian economy, which has been hit by Western sanctions.")
        _ = send(typed("))("), to: &state)
        #expect(try Self.text(of: send(typed("h"), to: &state).last)
            == "For the Russian leader, China is increasingly becoming a lifeline, especially in terms of investment and trade.")
    }

    @Test func cursorStopsAtTheEndsOfThePane() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("3(("), to: &state)
        #expect(state.message == "First sentence of the pane")
        _ = send(Array(repeating: .char(")"), count: 30), to: &state)
        #expect(state.message == "Last sentence of the pane")
        #expect(try Self.text(of: send(typed("h"), to: &state).last)?.hasPrefix("It is worth noting that the volume") == true)
    }

    @Test func selectionByWordsKeepsExactlyThoseWords() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4vwww"), to: &state)
        #expect(state.selectionRange != nil)
        let effects = send([.enter], to: &state)
        #expect(try Self.text(of: effects.last) == "Putin needs China to")
        #expect(state.selectionAnchor == nil)
        // b takes the end back a word; y keeps the selection like Enter.
        #expect(try Self.text(of: send(typed("vwwb") + [.char("y")], to: &state).last) == "Putin needs")
    }

    @Test func escapeCancelsASelectionWithoutSaving() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4vww"), to: &state)
        #expect(send([.escape], to: &state).isEmpty)
        #expect(state.selectionAnchor == nil)
        #expect(state.selectionRange == nil)
    }

    @Test func selectionCrossesParagraphsWithSentencesAndLines() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4))") + [.char("v")], to: &state)
        _ = send(typed(")))"), to: &state)
        let text = try #require(try Self.text(of: send([.enter], to: &state).last))
        #expect(text.hasPrefix("After the West cut imports"))
        #expect(text.contains("\n"), "the selection should reach into the next paragraph: \(text)")
        _ = send(typed("1v") + [.down, .down, .char("k")], to: &state)
        let byLines = try #require(try Self.text(of: send([.enter], to: &state).last))
        #expect(byLines.hasPrefix("China and Russia are not officially allies"))
        #expect(byLines.count > 60)
    }

    @Test func noteEditorTypesEditsAndSaves() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        let record = try Self.highlight("Putin needs China to support the Russian economy")
        try Self.withAnnotations(&state, [record])
        _ = send(typed("4a"), to: &state)
        #expect(state.noteEditor?.target == record.id)
        _ = send(typed("Kéy 世界x") + [.backspace, .left, .left, .char("!"), .right, .char("?")], to: &state)
        #expect(send([.enter], to: &state) == [.saveNote(id: record.id, note: "Kéy !世?界")])
        _ = send(typed("atyping") + [.escape], to: &state)
        #expect(state.noteEditor == nil)
        #expect(state.message == "Note not changed")
    }

    @Test func aOnASentenceWithoutAHighlightKeepsItThenOpensTheEditorOnIt() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        let effects = send(typed("4a"), to: &state)
        #expect(state.noteEditor == nil, "the editor waits for the highlight to be saved")
        guard case .saveHighlight(_, _, _, let openNote)? = effects.last else { Issue.record("no highlight asked for"); return }
        #expect(openNote)
        #expect(try Self.text(of: effects.last) == "Putin needs China to support the Russian economy, which has been hit by Western sanctions.")
        // The store keeps it and the result comes back as events.
        let record = try Self.highlight("Putin needs China to support the Russian economy, which has been hit by Western sanctions.")
        try Self.withAnnotations(&state, [record])
        _ = update(&state, .highlightSaved(id: record.id, openNote: true))
        #expect(state.noteEditor?.target == record.id)
        #expect(state.viewKind == .note)
    }

    @Test func statusLineShowsTheNoteOfTheHighlightAtTheCursor() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4"), to: &state)
        try Self.withAnnotations(&state, [try Self.highlight("Putin needs China to support", note: "the lifeline")])
        #expect(render(state).textRows.last?.contains("Note: the lifeline") == true)
        _ = send(typed(")"), to: &state)
        #expect(render(state).textRows.last?.contains("Note: the lifeline") == false)
    }

    @Test func highlightListJumpsDeletesUndoesAndEdits() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        let first = try Self.highlight("strategic partners", note: "allies?")
        let second = try Self.highlight("the two of them baked pancakes")
        try Self.withAnnotations(&state, [first, second])
        _ = send(typed("H"), to: &state)
        #expect(state.list?.kind == .highlights)
        let listed = render(state).textRows.joined(separator: "\n")
        #expect(listed.contains("“strategic partners”"))
        #expect(listed.contains("Q1 · 2026-11-29 · Note: allies?"))
        #expect(listed.contains("Q2 · 2026-11-29"))
        _ = send([.down, .enter], to: &state)
        #expect(state.list == nil)
        #expect(state.pane.kind == .section(number: 2))
        _ = send(typed("H"), to: &state)
        #expect(send(typed("d"), to: &state) == [.delete(id: first.id)])
        #expect(send(typed("u"), to: &state) == [.undelete(id: first.id)])
        _ = send(typed("e"), to: &state)
        #expect(state.noteEditor?.text == Array("allies?"))
    }

    @Test func bookmarkSavesTheParagraphStartAndBListsThem() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4)))"), to: &state)
        let effects = send(typed("m"), to: &state)
        guard case .saveBookmark(let section, let offset)? = effects.last else {
            Issue.record("no bookmark effect: \(effects)")
            return
        }
        let body = try Self.bodies().bodies[section]
        let paragraphStart = String(String.UnicodeScalarView(Array(body.unicodeScalars)[offset...])).prefix(20)
        #expect(paragraphStart == "At the start of the ")
        _ = send(typed("B"), to: &state)
        #expect(render(state).textRows.joined().contains("No bookmarks yet"))
    }

    @Test func positionIsSavedOnPaneChangeAndOnQuit() throws {
        var state = try TestArticles.state(width: 100, height: 30)
        let effects = send(typed("3"), to: &state)
        #expect(effects == [.savePosition(section: 3, offset: 0)])
        #expect(send(typed("j"), to: &state).isEmpty)
        #expect(send(typed("q"), to: &state) == [.savePosition(section: 3, offset: 0), .quit])
    }

    @Test func showOpensASavedPosition() throws {
        var state = try TestArticles.state(width: 40, height: 12)
        let body = try Self.bodies().bodies[4]
        let offset = try #require(body.range(of: "China, however,")).lowerBound.samePosition(in: body.unicodeScalars)
        let scalarOffset = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: try #require(offset))
        _ = update(&state, .restorePosition(section: 4, offset: scalarOffset))
        #expect(state.pane.kind == .section(number: 4))
        let visible = render(state).textRows.joined(separator: " ")
        #expect(visible.contains("China, however,"))
    }
}
