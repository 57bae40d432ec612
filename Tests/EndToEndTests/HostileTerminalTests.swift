import Foundation
import Testing

/// Hostile articles and hostile conditions against the real binary in tmux.
@Suite struct HostileTerminalTests {
    /// An article that tries every trick: window title, clipboard, screen clear, DCS, C1, bidi, NUL, DEL.
    static let hostileArticle = """
        Breaking\u{1B}]0;pwned-title\u{07} news today

        The first paragraph sets the clipboard \u{1B}]52;c;cHduZWQ=\u{07}here and clears \u{1B}[2J\u{1B}[Hthe screen.
        Is this a question?
        A DCS \u{1B}P+q544e\u{1B}\\ request, a C1 \u{9B}31m CSI, a \u{202E}reversed\u{202C} run, a NUL \u{0} and a DEL \u{7F}.
        A tab\tstops here, a family 👩‍👩‍👧 and 中文 keep their widths.
        """

    /// Writes `text` to a file in `folder` and returns its path.
    static func write(_ text: String, in folder: URL, name: String = "hostile.txt") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The `stty -a` part of a transcript shows a terminal in its normal, cooked state.
    static func expectSaneTerminal(_ rows: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let all = rows.joined(separator: " ")
        #expect(all.contains(" icanon") && !all.contains("-icanon"), "icanon is off", sourceLocation: sourceLocation)
        #expect(all.contains(" echo ") && !all.contains("-echo "), "echo is off", sourceLocation: sourceLocation)
    }

    @Test func aHostileArticleNeverReachesTheTerminalRaw() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.hostileArticle, in: folder)
        let tmux = try TmuxSession(FolioBinary.command("'\(path)'") + "; stty -a")
        let titleBefore = try tmux.paneValue("#{pane_title}")
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("1")
        let screen = try tmux.waitFor("the first question") { $0.joined().contains(" 1 of ") }.joined(separator: "\n")
        #expect(screen.contains("␛"), "escape characters are shown as ␛")
        #expect(screen.contains("⟨U+202E⟩"), "the bidi override is shown, not obeyed")
        #expect(screen.contains("␀") && screen.contains("␡"))
        #expect(try tmux.paneValue("#{pane_title}") == titleBefore, "the article changed the window title")
        #expect(try tmux.tmux(["list-buffers"]).isEmpty, "the article wrote the clipboard (a tmux buffer)")
        try tmux.send("q")
        Self.expectSaneTerminal(try tmux.waitFor(text: "icanon"))
        #expect(try tmux.paneValue("#{pane_title}") == titleBefore)
    }

    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131)])
    func quitSignalsRestoreTheTerminalAndSaveThePosition(signal: Int32, status: Int) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("pid").path
        let store = folder.appendingPathComponent("store.jsonl").path
        let tmux = try TmuxSession(
            "ulimit -c 0; " + FolioBinary.command() + " & echo $! > '\(pidFile)'; wait $!; echo status=$?; stty -a",
            environment: ["FOLIO_STORE": store])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("3")
        try tmux.waitFor(text: "Question 3 of 5")
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        let rows = try tmux.waitFor(text: "icanon")
        #expect(rows.joined().contains("status=\(status)"), "expected status \(status)")
        Self.expectSaneTerminal(rows)
        #expect(try tmux.paneValue("#{alternate_on}") == "0", "still on the alternate screen")
        let saved = try String(contentsOfFile: store, encoding: .utf8)
        #expect(saved.contains("\"kind\":\"position\""), "the reading position was not saved")
    }

    @Test func aCrashRestoresTheTerminalAndKeepsConfirmedHighlights() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let tmux = try TmuxSession(
            "ulimit -c 0; " + FolioBinary.command("--test-trap-after-keys 3 '\(FolioBinary.article)'") + "; echo status=$?; stty -a",
            environment: ["FOLIO_STORE": store, "SWIFT_BACKTRACE": "enable=no"])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("h")
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("j")
        try tmux.send("j")
        let rows = try tmux.waitFor(text: "icanon")
        let all = rows.joined(separator: " ")
        #expect(all.contains("status=132") || all.contains("status=133") || all.contains("status=134"), "not a crash: \(all)")
        Self.expectSaneTerminal(rows)
        #expect(try tmux.paneValue("#{alternate_on}") == "0")
        let saved = try String(contentsOfFile: store, encoding: .utf8)
        #expect(saved.contains("\"kind\":\"highlight\""), "the confirmed highlight was lost")
    }

    @Test(arguments: [("", "TERM is not set"), ("dumb", "too limited"), ("vt52-nonexistent-zz", "is unknown")])
    func badTerminalTypesAreAClearErrorBeforeTheScreenIsTouched(term: String, words: String) throws {
        let tmux = try TmuxSession(FolioBinary.command() + "; echo status=$?; stty -a", environment: ["TERM": term])
        let rows = try tmux.waitFor(text: "icanon")
        let all = rows.joined()
        #expect(all.contains("folio: ") && all.contains(words), "no clear error: \(all)")
        #expect(all.contains("status=1"))
        Self.expectSaneTerminal(rows)
    }

    @Test func anArticleFromAPipeReadsKeysFromTheTerminal() throws {
        let tmux = try TmuxSession("cat '\(FolioBinary.article)' | " + FolioBinary.command("-"))
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("3")
        try tmux.waitFor(text: "Question 3 of 5")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func fiveHundredRandomResizesLeaveAWorkingReader() throws {
        let tmux = try TmuxSession(FolioBinary.command())
        try tmux.waitFor(text: "Lead · ")
        var seed: UInt64 = 0x5EED_F011_0000_0001
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for index in 0..<500 {
            let width = index % 50 == 0 ? 1 : 1 + next(160)
            let height = index % 50 == 0 ? 1 : 1 + next(60)
            try tmux.resize(width: width, height: height)
        }
        try tmux.resize(width: 100, height: 30)
        try tmux.send("3")
        let rows = try tmux.waitFor("the reader at 100x30 on question 3") {
            $0.joined().contains("Question 3 of 5") && $0.count >= 30 && $0[0].hasPrefix(" Folio")
        }
        #expect(ScreenReading.textColumn(rows).first == ReaderEndToEndTests.questions[2])
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// A size change that lands while the reader is busy is still taken in.
    ///
    /// The terminal's size is set with `stty` (the kernel signals at once; tmux would
    /// space its resizes 250 ms apart): first to 90x24, which sets the reader laying
    /// out a 10 MB paragraph again, then at once to 100x30, which lands during that
    /// work. Reading the size while an update is being collected in a pipe used to
    /// lose the second change, and the reader stayed at 90x24.
    @Test func aResizeDuringABusyRedrawIsNotLost() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try LargeInputTests.generate("one-line.txt", in: folder, chunk: { _ in "word " }, count: 2_000_000)
        let tmux = try TmuxSession(FolioBinary.command("'\(path)'"), width: 80, height: 24)
        try tmux.waitFor(text: "Lead · ")
        let tty = try tmux.paneValue("#{pane_tty}")
        try ChildProcess.run(["stty", "-F", tty, "rows", "24", "cols", "90"])
        try ChildProcess.run(["stty", "-F", tty, "rows", "30", "cols", "100"])
        // tmux's own screen follows; the terminal already has this size, so no new signal is sent.
        try tmux.resize(width: 100, height: 30)
        let rows = try tmux.waitFor("the reader drawn at 100x30") { rows in
            rows.count >= 30 && rows[29].contains("Lead · ") && rows[29].count >= 95
        }
        #expect(rows[0].hasPrefix(" Folio"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

/// Job control: Ctrl-Z gives the shell back with the terminal restored, `fg` redraws the reader.
@Suite struct SuspendTests {
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try TmuxSession("PS1='prompt$ ' exec bash --norc --noprofile -i")
        try tmux.waitFor(text: "prompt$")
        try tmux.send("-l", FolioBinary.command())
        try tmux.send("Enter")
        try tmux.waitFor("the reader") { $0.joined().contains("Lead · ") }
        try tmux.send("3")
        try tmux.waitFor("question 3") { $0.joined().contains("Question 3 of 5") }
        try tmux.send("C-z")
        try tmux.waitFor("the shell after Ctrl-Z") { rows in
            rows.joined(separator: "\n").contains("Stopped") && !rows.joined().contains("Question 3 of 5")
        }
        try tmux.send("-l", "stty -a | grep -o ' icanon' ; fg")
        try tmux.send("Enter")
        let rows = try tmux.waitFor("the reader again after fg") { $0.joined().contains("Question 3 of 5") }
        #expect(ScreenReading.textColumn(rows).first == ReaderEndToEndTests.questions[2])
        try tmux.send("q")
        try tmux.waitFor("the prompt after q") { $0.joined().contains("prompt$") && !$0.joined().contains("Question 3 of 5") }
        #expect(try tmux.transcript().joined(separator: "\n").contains(" icanon"))
    }
}
