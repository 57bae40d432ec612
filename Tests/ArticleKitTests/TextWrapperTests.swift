import Testing
@testable import ArticleKit

struct TextWrapperTests {
    /// The scalar path gives exactly the lines of the grapheme path for text it accepts.
    @Test func scalarPathMatchesTheCharacterPath() {
        let pieces = ["word", " ", "\n", "“", "”", "—", "中文", "。", "한국", "Ωμέγα", "ß", "ｱ", "€", "→", "longerwordthanthewidth", "\t"]
        var random = ParserRobustnessTests.SplitMix(state: 12)
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &random) { text += pieces.randomElement(using: &random)! }
            let width = Int.random(in: -1...30, using: &random)
            #expect(SingleScalarClusters.holdsOnly(text))
            if TextWrapper.wrapScalars(text, width: width) != TextWrapper.wrapCharacters(text, width: width) {
                Issue.record("round \(round), width \(width): \(text.debugDescription)")
                return
            }
        }
    }

    /// Every scalar in the safe ranges, and ASCII but CR, stays a cluster of its own beside any of them.
    @Test func safeScalarsNeverJoinTheirNeighbours() {
        let probes: [Unicode.Scalar] = ["a", " ", "\n", "\t", "\u{1}", "\u{7F}", "“", "中", "한", "\u{3000}", "Ω", "ｱ"]
        var checked = 0
        for value in UInt32(0)...0x10FFFF where value < 0x80 ? value != 0x0D : SingleScalarClusters.contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for probe in probes {
                var pair = String.UnicodeScalarView()
                pair.append(scalar); pair.append(probe)
                var reversed = String.UnicodeScalarView()
                reversed.append(probe); reversed.append(scalar)
                if String(pair).count != 2 || String(reversed).count != 2 {
                    Issue.record("U+\(String(value, radix: 16)) joins U+\(String(probe.value, radix: 16))")
                    return
                }
            }
            checked += 1
        }
        #expect(checked > 30_000)
    }

    /// The byte-by-byte path for ASCII gives exactly the lines of the grapheme path.
    @Test func asciiPathMatchesTheCharacterPath() {
        let pieces = ["word", " ", "  ", "\n", "a", "longerwordthanthewidth", "\t", "\u{1}", "x-y", ".", "\n\n", "~"]
        var random = ParserRobustnessTests.SplitMix(state: 11)
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &random) { text += pieces.randomElement(using: &random)! }
            let width = Int.random(in: -1...30, using: &random)
            if TextWrapper.wrapASCII(text, width: width) != TextWrapper.wrapCharacters(text, width: width) {
                Issue.record("round \(round), width \(width): \(text.debugDescription)")
                return
            }
        }
    }

    /// The scalars of `text` from `start` to `end`.
    func slice(_ text: String, _ line: WrappedLine) -> String {
        let scalars = Array(text.unicodeScalars)[line.start..<line.end]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Checks the invariants every wrap must keep.
    func check(_ text: String, width: Int) -> [WrappedLine] {
        let lines = TextWrapper.wrap(text, width: width)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.width == DisplayWidth.of(line.text))
            #expect(line.width <= max(width, 1))
            #expect(slice(text, line) == line.text)
        }
        for (a, b) in zip(lines, lines.dropFirst()) { #expect(a.end <= b.start) }
        let kept = lines.map(\.text).joined().filter { $0 != " " }
        #expect(kept == text.filter { $0 != " " && $0 != "\n" })
        return lines
    }

    @Test func wrapsAtSpaces() {
        let lines = check("The quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines.map(\.text) == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines[1].start == 10 && lines[1].end == 19)
    }

    @Test func breaksWordsLongerThanTheLine() {
        let lines = check("a abcdefghij b", width: 4)
        #expect(lines.map(\.text) == ["a", "abcd", "efgh", "ij b"])
    }

    @Test func breaksCJKBetweenAnyCharacters() {
        let lines = check("东京的樱花提前开放了", width: 7)
        #expect(lines.map(\.text) == ["东京的", "樱花提", "前开放", "了"])
        #expect(lines.allSatisfy { $0.width <= 7 })
    }

    @Test func wideCharacterThatDoesNotFitMovesToNextLine() {
        let lines = check("ab漢", width: 3)
        #expect(lines.map(\.text) == ["ab", "漢"])
    }

    @Test func veryLongURL() {
        let url = "https://example.com/" + String(repeating: "abcdefghij", count: 498)
        #expect(url.count == 5_000)
        let lines = check("See " + url + " now", width: 80)
        #expect(lines.count >= 5_000 / 80)
        #expect(lines.dropLast().allSatisfy { $0.width >= 1 })
    }

    @Test func emptyTextGivesOneEmptyLine() {
        #expect(TextWrapper.wrap("", width: 10) == [WrappedLine(text: "", start: 0, end: 0, width: 0)])
        #expect(TextWrapper.wrap("   ", width: 10).count == 1)
    }

    @Test func widthBelowOneCountsAsOne() {
        let lines = check("abc", width: 0)
        #expect(lines.map(\.text) == ["a", "b", "c"])
        #expect(TextWrapper.wrap("ab", width: -5).count == 2)
    }

    @Test func offsetsCountScalarsNotCharacters() {
        let text = "Cafe\u{301} 👨‍👩‍👧 ok"
        let lines = check(text, width: 5)
        #expect(lines.map(\.text) == ["Cafe\u{301}", "👨‍👩‍👧 ok"])
        #expect(lines[1].start == 6)
        #expect(lines[1].end == text.unicodeScalars.count)
    }

    @Test func newlineForcesABreak() {
        let lines = check("one\n\ntwo", width: 20)
        #expect(lines.map(\.text) == ["one", "", "two"])
    }
}
