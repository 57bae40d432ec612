import Testing
@testable import ArticleKit

/// ``UTF8Validation`` against the standard library's validator, on bytes built to
/// put every kind of sequence at every offset of its eight-byte words.
struct UTF8ValidationTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    static func stdlibAccepts(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    static func fastAccepts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    /// Pieces: ASCII runs of every length around a word, valid sequences of each
    /// length, and the edge cases of Table 3-7 (overlong, surrogate, too large, cut short).
    static let pieces: [[UInt8]] = [
        [0x41], Array("abcdefg".utf8), Array("0123456789abcdef".utf8), [0x0A], [0x0D], [0x00], [0x7F],
        [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE2, 0x80, 0x9C], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD],
        [0xE4, 0xB8, 0xAD], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF0, 0x9F, 0x98, 0x80],
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xC2], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
        [0xE2, 0x41, 0x80], [0xF0, 0x9F, 0x41, 0x80],
    ]

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var random = SplitMix(state: 0x5554_4638)
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                if Int.random(in: 0..<10, using: &random) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                } else {
                    bytes += Self.pieces.randomElement(using: &random)!
                }
            }
            let expected = Self.stdlibAccepts(bytes)
            #expect(Self.fastAccepts(bytes) == expected, "round \(round): \(bytes)")
            if Self.fastAccepts(bytes) != expected { return }
        }
    }

    @Test func agreesOnEveryTwoByteSequenceAtEveryOffsetOfAWord() {
        for offset in [0, 5, 7, 8, 15] {
            for first in 0...255 {
                for second in stride(from: 0, through: 255, by: 1) {
                    let bytes = [UInt8](repeating: 0x61, count: offset) + [UInt8(first), UInt8(second)]
                    let expected = Self.stdlibAccepts(bytes)
                    if Self.fastAccepts(bytes) != expected {
                        Issue.record("offset \(offset): \(bytes)")
                        return
                    }
                }
            }
        }
    }

    @Test func agreesOnEveryLeadAndSecondByteOfLongerSequences() {
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for tail in [[0x80], [0xBF], [0x80, 0x80], [0x41, 0x80], [0x80, 0x41], []] as [[UInt8]] {
                    let bytes = Array("xyz".utf8) + [UInt8(lead), UInt8(second)] + tail
                    if Self.fastAccepts(bytes) != Self.stdlibAccepts(bytes) {
                        Issue.record("\(bytes)")
                        return
                    }
                }
            }
        }
    }

    @Test func decodeStillRepairsAndNormalizes() {
        #expect(TextDecoding.decode(Array("plain ascii text, long enough for words".utf8)) == "plain ascii text, long enough for words")
        #expect(TextDecoding.decode(Array("中国和俄罗斯是盟友吗？".utf8)) == "中国和俄罗斯是盟友吗？")
        #expect(TextDecoding.decode(Array("abcdefgh".utf8) + [0xE2, 0x80]) == "abcdefgh\u{FFFD}")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("abcdefgh\r\n".utf8)) == "abcdefgh\n")
    }
}
