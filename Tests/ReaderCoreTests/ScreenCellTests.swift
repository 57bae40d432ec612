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

    /// Printable ASCII, drawn byte by byte, is clipped exactly as any text is:
    /// the same cells as the scalar path gives for the same text followed by a
    /// non-ASCII letter that falls outside the clip.
    @Test func asciiTextIsClippedLikeAnyText() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...30, using: &random)).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
            let column = Int.random(in: 0...19, using: &random)
            let maxWidth = Int.random(in: -2...25, using: &random)
            var ascii = Screen(size: ScreenSize(width: 20, height: 1))
            let used = ascii.put(text, row: 0, column: column, maxWidth: maxWidth, style: .heading)
            let expected = max(0, min(text.count, min(column + maxWidth, 20) - column))
            #expect(used == expected)
            var scalar = Screen(size: ScreenSize(width: 20, height: 1))
            // "é" keeps the text off the ASCII path; clipping at `expected` cuts it off again.
            scalar.put(text + "é", row: 0, column: column, maxWidth: expected == text.count ? expected : maxWidth, style: .heading)
            #expect(ascii == scalar, "\(text.debugDescription) at \(column), max \(maxWidth)")
        }
    }
}
