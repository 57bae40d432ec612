import Testing
@testable import ReaderCore

/// Cells keep a scalar, or the place of a cluster in their screen's table.
struct ScreenCellTests {
    /// A character of several scalars comes back whole; one of a single scalar needs no table.
    @Test func charactersComeBackWhole() {
        var screen = Screen(size: ScreenSize(width: 10, height: 1))
        screen.put("ae\u{301}👍🏽中", row: 0, column: 0, style: .normal)
        #expect(screen.textRows == ["ae\u{301}👍🏽中    "])
        #expect(screen.clusters == ["e\u{301}", "👍🏽"])
        #expect(!screen[0, 0].isCluster && screen[0, 1].isCluster)
        #expect(screen.character(of: screen[0, 1]) == "e\u{301}")
        #expect(screen.character(of: screen[0, 4]) == "中")
        #expect(screen[0, 5].isContinuation)
    }

    /// The same cluster code in two screens can mean different characters, and
    /// different codes the same one: screens compare what cells show.
    @Test func clusterCodesAreComparedByWhatTheyShow() {
        let size = ScreenSize(width: 6, height: 1)
        var first = Screen(size: size), second = Screen(size: size)
        first.put("e\u{301}", row: 0, column: 0, style: .normal)
        second.put("👍🏽", row: 0, column: 0, style: .normal)
        #expect(first[0, 0].code == second[0, 0].code)
        #expect(!first.cellMatches(0, in: second))
        #expect(first != second)

        var third = Screen(size: size), fourth = Screen(size: size)
        third.put("o\u{308}", row: 0, column: 0, style: .normal)
        third.put("e\u{301}", row: 0, column: 0, style: .normal)
        fourth.put("e\u{301}", row: 0, column: 0, style: .normal)
        #expect(third[0, 0].code != fourth[0, 0].code)
        #expect(third.cellMatches(0, in: fourth))
        #expect(third == fourth)
    }
}
