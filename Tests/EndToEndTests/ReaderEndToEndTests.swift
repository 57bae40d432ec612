import Foundation
import Testing

/// The built `folio` in a real terminal (tmux), driven by keys, read off the screen.
@Suite(.serialized) struct ReaderEndToEndTests {
    static let questions = [
        "Allies of China and Russia?",
        "How close is the relationship between Xi and Putin?",
        "What are the economic relations between Russia and China?",
        "What does Putin want from China?",
        "What does Xi want from Russia?",
    ]

    @Test func firstScreenShowsTheFiveQuestions() throws {
        let tmux = try TmuxSession(FolioBinary.command())
        try tmux.waitFor(text: "Lead · ")
        let rows = try tmux.screen()
        let entries = ScreenReading.outlineEntries(rows)
        for (number, question) in Self.questions.enumerated() {
            #expect(entries.contains("\(number + 1) \(question)"), "outline lacks \(question): \(entries)")
        }
        #expect(ScreenReading.textColumn(rows).contains { $0.hasPrefix("Chinese leader Xi Jinping") })
    }

    @Test func threeFocusesTheThirdQuestionAndShowsItsAnswer() throws {
        let tmux = try TmuxSession(FolioBinary.command())
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("3")
        try tmux.waitFor(text: "Question 3 of 5")
        let rows = try tmux.screen()
        let text = ScreenReading.textColumn(rows)
        #expect(text.first == Self.questions[2], "focused heading: \(text.first ?? "")")
        #expect(text.dropFirst(2).first?.hasPrefix("Economic ties between China and Russia") == true)
    }

    @Test func qExitsWithStatusZeroAndRestoresTheTerminal() throws {
        let tmux = try TmuxSession(FolioBinary.command() + "; stty -a")
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("q")
        let rows = try tmux.waitFor(text: "icanon")
        let stty = rows.joined(separator: " ")
        #expect(stty.contains(" icanon") && !stty.contains("-icanon"))
        #expect(stty.contains(" echo ") && !stty.contains("-echo "))
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func resizeKeepsTheSameParagraphInView() throws {
        // At 100x30 every pane of the article fits on one screen, so the place is
        // set at 50x20, then the size goes to 100x30 and back to 50x20.
        let tmux = try TmuxSession(FolioBinary.command())
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("4")
        try tmux.waitFor(text: "Question 4 of 5")
        try tmux.resize(width: 50, height: 20)
        var rows = try tmux.waitFor("narrow layout") { $0.count >= 20 && $0[1].contains("Lead") }
        let paragraph3 = "China, however, refrains"
        let body = { (rows: [String]) in rows.dropFirst(2).dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        for _ in 0..<40 where !(rows.dropFirst(4).first?.trimmingCharacters(in: .whitespaces).hasPrefix("China, however,") ?? false) {
            let before = rows
            try tmux.send("j")
            rows = try tmux.waitFor("a line of scrolling") { $0 != before }
        }
        #expect(rows.dropFirst(4).first?.contains("China, however,") == true, "could not scroll paragraph 3 to the top:\n\(rows.joined(separator: "\n"))")
        try tmux.resize(width: 100, height: 30)
        rows = try tmux.waitFor("wide layout") { $0.count >= 30 && $0.joined().contains("│") }
        #expect(body(rows).contains(paragraph3), "paragraph 3 not in view at 100x30:\n\(rows.joined(separator: "\n"))")
        try tmux.resize(width: 50, height: 20)
        rows = try tmux.waitFor("narrow layout again") { $0.count >= 20 && $0.count < 30 && $0[1].contains("Lead") }
        #expect(body(rows).contains("China, however,"), "paragraph 3 not in view back at 50x20:\n\(rows.joined(separator: "\n"))")
    }

    @Test func aMonochromeTerminalStillMarksTheTitleAndTheFocusedQuestion() throws {
        // vt100 has no colors: the title bar and the focused outline entry use reverse video.
        let tmux = try TmuxSession(FolioBinary.command(), environment: ["TERM": "vt100"])
        try tmux.waitFor(text: "Lead · ")
        try tmux.send("2")
        try tmux.waitFor(text: "Question 2 of 5")
        let styled = try tmux.tmux(["capture-pane", "-e", "-p", "-t", "0"]).split(separator: "\n").map(String.init)
        #expect(styled.first?.contains("7m") == true, "title bar not in reverse video: \(styled.first?.debugDescription ?? "")")
        let focused = styled.first { $0.contains("2 How close") } ?? ""
        #expect(focused.contains("7m"), "focused question not in reverse video: \(focused.debugDescription)")
        let colors = (30...37).map { "\u{1B}[\($0)m" } + (40...47).map { "\u{1B}[\($0)m" }
        #expect(!colors.contains { styled.joined().contains($0) }, "a color was sent to a monochrome terminal")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession(FolioBinary.command() + " & pid=$!; sleep 1; kill -TERM $pid; wait $pid; echo status=$?; stty -a")
        let rows = try tmux.waitFor(text: "icanon")
        let all = rows.joined(separator: " ")
        #expect(all.contains("status=143"))
        #expect(all.contains(" icanon") && !all.contains("-icanon"))
    }
}
