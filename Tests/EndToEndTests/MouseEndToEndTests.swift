import Foundation
import Testing

/// The mouse in a real terminal: SGR reports sent to the pane as the terminal would.
@Suite struct MouseEndToEndTests {
    /// An xterm SGR mouse report: button code, 1-based column and row, press (M) or release (m).
    static func report(_ button: Int, column: Int, row: Int, press: Bool = true) -> String {
        "\u{1B}[<\(button);\(column + 1);\(row + 1)\(press ? "M" : "m")"
    }

    @Test func aClickOnAnOutlineEntryFocusesItAndTheWheelScrolls() throws {
        let tmux = try TmuxSession(FolioBinary.command(), width: 100, height: 30)
        let rows = try tmux.waitFor(text: "Lead · ")
        let row = try #require(rows.firstIndex { $0.contains("4 What does Putin want") })
        try tmux.tmux(["send-keys", "-t", "0", "-l", Self.report(0, column: 3, row: row)])
        try tmux.tmux(["send-keys", "-t", "0", "-l", Self.report(0, column: 3, row: row, press: false)])
        try tmux.waitFor(text: "Question 4 of 5")

        try tmux.resize(width: 60, height: 14)
        try tmux.waitFor("the narrow layout") { $0.count >= 14 && $0[1].contains("Lead") }
        for _ in 0..<2 { try tmux.tmux(["send-keys", "-t", "0", "-l", Self.report(65, column: 20, row: 6)]) }
        let scrolled = try tmux.waitFor("the first lines to scroll away") { !$0.joined().contains("Putin needs China") }
        #expect(scrolled.joined().contains("Q4 of 5") || scrolled.joined().contains("Question 4 of 5"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func noMouseLeavesReportsToTheTerminal() throws {
        let tmux = try TmuxSession(FolioBinary.command("--no-mouse '\(FolioBinary.article)'"), width: 100, height: 30)
        try tmux.waitFor(text: "Lead · ")
        let modes = try tmux.paneValue("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}")
        #expect(modes == "000", "mouse modes on: \(modes)")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
