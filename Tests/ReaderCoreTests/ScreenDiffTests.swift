import ReaderCore
import Testing

/// The screen diff: which cells a terminal must be sent to show the next screen.
@Suite struct ScreenDiffTests {
    static let size = ScreenSize(width: 6, height: 2)

    static func screen(_ rows: [String]) -> Screen {
        var screen = Screen(size: size)
        for (row, text) in rows.enumerated() { screen.put(text, row: row, column: 0, style: .normal) }
        return screen
    }

    @Test func nothingShownYetClearsAndSendsOnlyNonBlankCells() {
        let diff = ScreenDiff(from: nil, to: Self.screen(["ab", "   c"]))
        #expect(diff.clearsFirst)
        #expect(diff.cells == [0, 1, 9])
    }

    @Test func aNewSizeClearsFirst() {
        let diff = ScreenDiff(from: Screen(size: ScreenSize(width: 5, height: 2)), to: Self.screen(["a"]))
        #expect(diff.clearsFirst)
        #expect(diff.cells == [0])
    }

    @Test func sameScreenSendsNothing() {
        let screen = Self.screen(["héllo", "中文"])
        let diff = ScreenDiff(from: screen, to: screen)
        #expect(!diff.clearsFirst)
        #expect(diff.cells.isEmpty)
    }

    @Test func singleWidthChangesAreTheChangedCellsOnly() {
        let diff = ScreenDiff(from: Self.screen(["abcdef", "ghijkl"]), to: Self.screen(["abXdef", "ghijkY"]))
        #expect(diff.cells == [2, 11])
    }

    @Test func aStyleChangeIsAChange() {
        var next = Self.screen(["abc"])
        next.fill(row: 0, from: 1, to: 2, style: .highlight)
        #expect(ScreenDiff(from: Self.screen(["abc"]), to: next).cells == [1])
    }

    @Test func aWideCharacterIsSentOnceAndItsRightHalfNever() {
        let diff = ScreenDiff(from: Self.screen(["abcd"]), to: Self.screen(["a中d"]))
        // 中 covers columns 1 and 2; column 3 is d, unchanged.
        #expect(diff.cells == [1])
    }

    @Test func narrowTextOverAWideCharacterSendsBothColumns() {
        let diff = ScreenDiff(from: Self.screen(["a中d"]), to: Self.screen(["axyd"]))
        #expect(diff.cells == [1, 2])
    }

    @Test func aWideCharacterMovedByOneColumnSendsWhatItLeftAndWhereItWent() {
        let diff = ScreenDiff(from: Self.screen(["中ab"]), to: Self.screen(["x中b"]))
        #expect(diff.cells == [0, 1])
    }

    @Test func combiningSequencesCompareByWhatTheyShow() {
        // The same cluster at a different index of each screen's cluster table is no change.
        var first = Screen(size: Self.size)
        first.put("e\u{301}", row: 0, column: 0, style: .normal)
        first.put("o\u{308}", row: 0, column: 1, style: .normal)
        var second = Screen(size: Self.size)
        second.put("o\u{308}", row: 0, column: 1, style: .normal)
        second.put("e\u{301}", row: 0, column: 0, style: .normal)
        #expect(ScreenDiff(from: first, to: second).cells.isEmpty)
        var third = second
        third.put("a\u{301}", row: 0, column: 0, style: .normal)
        #expect(ScreenDiff(from: second, to: third).cells == [0])
    }
}
