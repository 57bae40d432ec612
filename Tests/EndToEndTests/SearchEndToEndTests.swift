import Foundation
import Testing

/// Search in a real terminal: `/`, Enter, `n`, a pattern with no match.
@Suite struct SearchEndToEndTests {
    @Test func slashFindsAWordOnlyInQuestionFourAndMarksIt() throws {
        let tmux = try TmuxSession(FolioBinary.command())
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("/")
        try tmux.waitFor(text: "Search:")
        try tmux.send("lifeline", "Enter")
        let rows = try tmux.waitFor(text: "match 1 of 1")
        #expect(rows.joined().contains("Question 4 of 5"))
        let styled = try tmux.tmux(["capture-pane", "-e", "-p", "-t", "0"])
        let line = styled.split(separator: "\n").first { $0.contains("lifeline") } ?? ""
        #expect(line.contains("42m"), "the match has no green background: \(line.debugDescription)")

        try tmux.send("n")
        try tmux.waitFor(text: "match 1 of 1 (wrapped to the top)")

        try tmux.send("/")
        try tmux.send("zebra crossing", "Enter")
        let after = try tmux.waitFor(text: "Pattern not found: zebra crossing")
        #expect(after.joined().contains("Question 4 of 5"), "a failed search moves nothing")

        try tmux.send("\\")
        try tmux.waitFor(text: "Search backward:")
        try tmux.send("Escape", "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
