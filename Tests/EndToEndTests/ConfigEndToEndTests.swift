import Foundation
import Testing

/// The config file in a real terminal, and `folio config check|show` on the command line.
@Suite struct ConfigEndToEndTests {
    static func write(_ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aRemappedKeyShowsInTheHelpAndWorks() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Self.write("[keys.reading]\nline-down = [\"x\", \"Down\"]\n", in: folder)
        let tmux = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_CONFIG": config])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("?")
        let help = try tmux.waitFor(text: "Keys (").joined(separator: "\n")
        #expect(help.contains("x Down") && help.contains("scroll down a line"), "help: \(help)")
        try tmux.send("q", "j")
        try tmux.waitFor(text: "j: not a key here")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theLightThemeDrawsHeadingsInBlueInsteadOfYellow() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (theme, color) in [("light", "34m"), ("dark", "33m")] {
            let config = try Self.write("theme = \"\(theme)\"\n", in: folder)
            let tmux = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_CONFIG": config])
            try tmux.waitFor(text: "Lead · ")
            let styled = try tmux.tmux(["capture-pane", "-e", "-p", "-t", "0"]).split(separator: "\n")
            // Row 1: the outline's first entry, then the pane's heading "Lead" in the heading style.
            let heading = styled.count > 1 ? String(styled[1]) : ""
            #expect(heading.contains(color), "\(theme): \(heading.debugDescription)")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func aBrokenConfigStartsWithTheDefaultsAndSaysWhy() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Self.write("theme = \"light\"\n[keys.reading\nquit = [\"q\"]\n", in: folder)
        let tmux = try TmuxSession(FolioBinary.command(), environment: ["FOLIO_CONFIG": config])
        try tmux.waitFor(text: "line 2, column")
        try tmux.send("3")
        try tmux.waitFor(text: "Question 3 of 5")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func checkReportsEachProblemAndShowRoundTrips() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Self.write("width = 5\n[keys.reading]\nquit = [\"j\"]\n", in: folder)
        let check = try CommandLineTests.folio(["config", "check", bad])
        #expect(check.status == 1)
        #expect(check.stdout.contains("line 1, column 1: width must be"))
        #expect(check.stdout.contains("line 3, column 1: a key of quit is bound twice in the reading view"))
        let show = try ChildProcess.run([FolioBinary.path, "config", "show"], environment: ["FOLIO_CONFIG": bad, "PATH": "/usr/bin:/bin"])
        #expect(show.stdout.contains("width = 78"))
        #expect(show.stderr.contains("width must be"))
        let shown = try Self.write(show.stdout, in: folder)
        let again = try CommandLineTests.folio(["config", "check", shown])
        #expect(again.status == 0, "\(again.stdout)")
    }
}
