import Foundation
import Testing

/// Highlights through the real binary: make one with a note, quit, reopen, export.
@Suite struct HighlightEndToEndTests {
    @Test func highlightWithNoteSurvivesAReopenAndExportsAsMarkdown() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let first = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_STORE": store])
        try first.waitFor(text: "Lead · ")
        try first.send("4")
        try first.waitFor(text: "Question 4 of 5")
        try first.send(")", "h")
        try first.send("a")
        try first.waitFor(text: "Note:")
        try first.send("-l", "the lifeline, 生命线")
        try first.send("Enter")
        try first.waitFor(text: "Note: the lifeline, 生命线")
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        // Reopen with the same store: at question 4, the highlight drawn, listed with its note.
        let second = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_STORE": store])
        try second.waitFor(text: "Question 4 of 5")
        let styled = try second.tmux(["capture-pane", "-e", "-p", "-t", "0"])
        let line = styled.split(separator: "\n").first { $0.contains("China is") } ?? ""
        #expect(line.contains("\u{1B}[43m") || line.contains(";43m"), "the highlighted line has no yellow background: \(line.debugDescription)")
        try second.send("H")
        let list = try second.waitFor(text: "Highlights (1)")
        let all = list.joined(separator: "\n")
        #expect(all.contains("“For the Russian leader"))
        #expect(all.contains("Q4 ·"))
        #expect(all.contains("Note: the lifeline, 生命线"))
        try second.send("Escape")
        try second.waitFor("the list to close") { !$0.joined().contains("Highlights (1)") }
        try second.send("q")
        #expect(try second.waitForExit() == 0)

        // Without colors the highlight is still drawn distinctly: in reverse video.
        let mono = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_STORE": store, "NO_COLOR": "1"])
        try mono.waitFor(text: "Question 4 of 5")
        let monoLine = try mono.tmux(["capture-pane", "-e", "-p", "-t", "0"]).split(separator: "\n").first { $0.contains("China is") } ?? ""
        #expect(monoLine.contains("\u{1B}[7m") && !monoLine.contains("43m"), "no reverse video under NO_COLOR: \(monoLine.debugDescription)")

        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_STORE"] = store
        let export = try ChildProcess.run([FolioBinary.path, "highlights", "--format", "markdown", FolioBinary.article], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("> For the Russian leader, China is increasingly becoming a lifeline"))
        #expect(export.stdout.contains("the lifeline, 生命线"))
    }

    @Test func fromStartIgnoresTheSavedPosition() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let first = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_STORE": store])
        try first.waitFor(text: "Lead · ")
        try first.send("5")
        try first.waitFor(text: "Question 5 of 5")
        try first.send("q")
        #expect(try first.waitForExit() == 0)
        let again = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_STORE": store])
        try again.waitFor(text: "Question 5 of 5")
        let fresh = try TmuxSession(FolioBinary.command("--from-start '\(FolioBinary.article)'"), environment: ["FOLIO_STORE": store])
        try fresh.waitFor(text: "Lead · ")
    }

    @Test func aStoreThatCannotBeWrittenKeepsTheHighlightAndSaysWhy() throws {
        // A store path that is a directory: the reader runs, says why, and keeps the highlight in memory.
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let folderAsStore = folder.appendingPathComponent("store-is-a-folder")
        try FileManager.default.createDirectory(at: folderAsStore, withIntermediateDirectories: true)
        let tmux = try TmuxSession(FolioBinary.command() + "; echo status=$?", environment: ["FOLIO_STORE": folderAsStore.path])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("h")
        try tmux.waitFor(text: "not saved")
        try tmux.send("H")
        try tmux.waitFor(text: "Highlights (1)")
        try tmux.send("Escape")
        try tmux.waitFor("the list to close") { !$0.joined().contains("Highlights (1)") }
        try tmux.send("q")
        let rows = try tmux.waitFor(text: "status=")
        #expect(rows.joined().contains("could not be saved"))
        #expect(rows.joined().contains("status=1"))
    }
}
