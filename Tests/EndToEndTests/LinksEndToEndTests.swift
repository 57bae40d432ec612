import Foundation
import Testing

/// Links in a real terminal: `L`, Enter runs `$BROWSER` with the URL as its one argument; a javascript: link is refused.
@Suite struct LinksEndToEndTests {
    /// A fake browser that writes its argument count and arguments, one a line, to `record`.
    static func fakeBrowser(in folder: URL, record: String) throws -> String {
        let script = folder.appendingPathComponent("browser.sh").path
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(record)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return script
    }

    @Test func enterInTheLinksListRunsTheBrowserWithTheURLAsItsOnlyArgument() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("argv.txt").path
        let browser = try Self.fakeBrowser(in: folder, record: record)
        let tmux = try TmuxSession(FolioBinary.command("'\(HTMLReaderEndToEndTests.page)'"), environment: ["BROWSER": browser])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("L")
        try tmux.waitFor(text: "Links (1)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Opened in")
        #expect(try String(contentsOfFile: record, encoding: .utf8) == "1\nhttps://example.org/plan.pdf\n")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aJavascriptLinkIsRefusedAndTheBrowserNeverRuns() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("argv.txt").path
        let browser = try Self.fakeBrowser(in: folder, record: record)
        let page = folder.appendingPathComponent("trap.md").path
        try "# Trap\n\nSome words with a [trap link](javascript:alert(1)) and a [good link](https://example.org/ok).\n"
            .write(toFile: page, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(FolioBinary.command("'\(page)'"), environment: ["BROWSER": browser])
        try tmux.waitFor(text: "trap link[1]")
        try tmux.send("o")
        try tmux.send("1")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Not opened: only http, https and mailto links open")
        #expect(!FileManager.default.fileExists(atPath: record))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
