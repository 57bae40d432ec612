import ArticleKit
import ReaderCore
import Testing

/// Tiny terminals, wide characters and hostile text on screen.
@Suite struct SmallAndWideTests {
    @Test(arguments: [(0, 0), (1, 1), (5, 2), (19, 6), (20, 5), (200, 1)])
    func tooSmallSaysSoAndNeverCrashes(width: Int, height: Int) throws {
        var state = try TestArticles.state(width: 100, height: 30)
        _ = update(&state, .resize(ScreenSize(width: width, height: height)))
        _ = send(typed("4jG?j"), to: &state)
        let screen = render(state)
        #expect(screen.size == ScreenSize(width: width, height: height))
        if width > 0, height > 0 {
            #expect(screen.textRows[0].hasPrefix(String("terminal too small".prefix(width))))
        }
    }

    @Test func smallestUsableSizeShowsTextAndStatus() throws {
        var state = try TestArticles.state(width: 20, height: 6)
        _ = send(typed("3"), to: &state)
        let rows = render(state).textRows
        #expect(!rows.joined().contains("terminal too small"))
        #expect(rows.last?.contains("Q3 of 5") == true)
    }

    @Test func wideAndCombiningCharactersKeepEveryRowExactlyAsWideAsTheScreen() {
        let text = "中文新闻？\n\n这是一个很长的段落，没有空格，用来测试按列换行是否正确处理双宽字符。Cafe\u{301} naïve 👩‍👩‍👧 emoji.\n\n第二个问题？\n\n答案。"
        let article = ArticleParser.parse(text)
        let document = ReaderDocument(document: PlainTextReader.document(from: article), title: "测试")
        for size in [ScreenSize(width: 100, height: 30), ScreenSize(width: 41, height: 12), ScreenSize(width: 21, height: 7)] {
            let screen = render(ReaderState(document: document, size: size))
            for (index, row) in screen.textRows.enumerated() {
                #expect(DisplayWidth.of(row) == size.width, "row \(index) at \(size) is \(DisplayWidth.of(row)) columns: \(row)")
            }
        }
    }

    @Test func controlCharactersNeverReachTheScreen() {
        let text = "Title\u{1B}]0;pwned\u{07}?\n\nBody \u{1B}[2J text \u{9B}31m and \u{202E}reversed\u{0}.\n"
        let document = ReaderDocument(document: PlainTextReader.read(text: text), title: "t\u{1B}[31m")
        let screen = render(ReaderState(document: document, size: ScreenSize(width: 80, height: 24)))
        for row in screen.textRows {
            for scalar in row.unicodeScalars {
                let v = scalar.value
                #expect(!(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                        "control U+\(String(v, radix: 16)) on screen")
            }
        }
    }
}

/// An article with thousands of headings: the outline shows a window around the focused one.
@Suite struct ManyHeadingsTests {
    static let document: ReaderDocument = {
        var text = "A lead paragraph.\n\n"
        for n in 1...10_000 { text += "Question number \(n)?\nAnswer number \(n).\n" }
        return ReaderDocument(document: PlainTextReader.read(text: text), title: "Many")
    }()

    @Test func theFocusedQuestionIsInTheOutlineAndMarked() {
        var state = ReaderState(document: Self.document, size: ScreenSize(width: 100, height: 30))
        #expect(state.document.panes.count == 10_001)
        _ = update(&state, .restorePosition(section: 5_000, offset: 0))
        let screen = render(state)
        let row = screen.textRows.firstIndex { $0.contains("5000 Question number 5000?") }
        #expect(row != nil, "question 5000 is not in the outline")
        if let row { #expect(screen[row, 0].style == .outlineFocused) }
        #expect(screen.textRows.contains { $0.contains("4999 Question number 4999?") }, "no context above the focused entry")
        _ = update(&state, .resize(ScreenSize(width: 120, height: 40)))
        _ = update(&state, .key(.end))
        #expect(render(state).textRows.contains { $0.contains("5000 Question number 5000?") })
    }

    @Test func theFirstAndLastQuestionsShowAtTheEdges() {
        var state = ReaderState(document: Self.document, size: ScreenSize(width: 100, height: 30))
        #expect(render(state).textRows[1].contains("· Lead"))
        _ = update(&state, .restorePosition(section: 10_000, offset: 0))
        let rows = render(state).textRows
        #expect(rows.contains { $0.contains("10000 Question number 10000?") })
    }
}
