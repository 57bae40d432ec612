import Foundation
import Testing

/// A saved web page through the real binary: its h2 headings become panes,
/// links are numbered, highlights and notes work as they do on text.
@Suite struct HTMLReaderEndToEndTests {
    static let page = LegacyStoreTests.fixtures.appendingPathComponent("explainer.html").path

    @Test func headingsArePanesDigitsFocusThemAndLinksAreNumbered() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let tmux = try TmuxSession(FolioBinary.command("'\(Self.page)'"), environment: ["FOLIO_STORE": store])
        let first = try tmux.waitFor(text: "Lead · ").joined(separator: "\n")
        #expect(first.contains("Five questions about the harbour tunnel"))
        for heading in ["What is being built?", "How much will it cost?", "When will it open?", "Who is against it?"] {
            #expect(first.contains(heading), "outline lacks \(heading)")
        }
        #expect(first.contains("published plan[1]"))
        #expect(!first.contains("hijacked") && !first.contains("color: red") && !first.contains("Privacy"))
        try tmux.send("3")
        let third = try tmux.waitFor(text: "Question 3 of 4").joined(separator: "\n")
        #expect(third.contains("autumn of 2031"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aHighlightWithANoteOnAPageSurvivesAReopenAndExports() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let first = try TmuxSession(FolioBinary.command("'\(Self.page)'"), environment: ["FOLIO_STORE": store])
        try first.waitFor(text: "Lead · ")
        try first.send("2")
        try first.waitFor(text: "Question 2 of 4")
        try first.send("h", "a")
        try first.waitFor(text: "Note:")
        try first.send("-l", "cost, 成本")
        try first.send("Enter")
        try first.waitFor(text: "Note: cost, 成本")
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession(FolioBinary.command("'\(Self.page)'"), environment: ["FOLIO_STORE": store])
        try second.waitFor(text: "Question 2 of 4")
        try second.send("H")
        let list = try second.waitFor(text: "Highlights (1)").joined(separator: "\n")
        #expect(list.contains("The council puts the cost at 640 million euros"))
        #expect(list.contains("Note: cost, 成本"))
        try second.send("Escape")
        try second.send("q")
        #expect(try second.waitForExit() == 0)

        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_STORE"] = store
        let export = try ChildProcess.run([FolioBinary.path, "highlights", "--format", "markdown", Self.page], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("> The council puts the cost at 640 million euros"))
        #expect(export.stdout.contains("cost, 成本"))
    }
}
