import Foundation
import Testing
import ArticleKit
@testable import HighlightStore

/// Checks the streamed fingerprint against the original definition built on Foundation.
///
/// The oracle is the first implementation (NFC by Foundation over the whole text,
/// then lines and words split by `Character`), kept here so the faster version
/// can never drift from it: a changed fingerprint would orphan every stored highlight.
@Suite struct FingerprintOracleTests {
    typealias SplitMix = HostileStoreTests.SplitMix

    /// The original normalization.
    static func oracle(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        var lines: [String] = []
        for line in composed.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// Pieces that exercise line and word splitting, composition and grapheme joining.
    static let pieces: [String] = [
        "word", "Harbour", "a", "é", "e\u{301}", "\u{301}", "o\u{308}\u{323}", "\u{1100}\u{1161}\u{11A8}", "\u{AC00}",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{A0}", "\u{3000}", "\u{2003}", " \u{301}", "\u{600} ", "\u{200D}", "👩\u{200D}💻", "🇬🇷", "中文", "？",
        "\u{FEFF}", "\u{1F}", "x\u{0B}\u{301}", "Å", "A\u{30A}", "\u{212B}", "ﬁ", "\u{0}",
        "“", "”", "—", "«", "ß", "Ж", "中", "ア", "한", "ﾞ", "\u{0D4E}", "\u{0903}", "\u{0E33}", "\u{1F3FB}", "\u{200C}",
        "\u{2003}x", "x\u{3000}y", "\u{1680}",
    ]

    @Test func streamedNormalizationMatchesTheOriginal() {
        for seed in 0..<3_000 {
            var random = SplitMix(state: UInt64(seed))
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                text += Self.pieces.randomElement(using: &random)!
            }
            let streamed = TextFingerprint.normalize(text)
            #expect(streamed == Self.oracle(text), "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if streamed != Self.oracle(text) { return }
        }
    }

    @Test func scalarsInTheSafeRangesNeverJoinAWhiteSpaceScalar() throws {
        var checked = 0
        for value in UInt32(0x80)...0x10FFFF where SingleScalarClusters.contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for space in [" ", "\u{3000}", "\u{A0}", "\t"] {
                let after = space + String(Character(scalar))
                let before = String(Character(scalar)) + space
                #expect(after.count == 2 && before.count == 2, "U+\(String(value, radix: 16)) joins \(space.unicodeScalars.first!.value)")
            }
            checked += 1
        }
        #expect(checked > 30_000)
    }

    @Test func fingerprintIsTheHashOfTheNormalizedText() throws {
        let text = try String(contentsOfFile: Self.seedArticle, encoding: .utf8)
        #expect(TextFingerprint.of(text) == SHA256.hex(Array(Self.oracle(text).utf8)))
        #expect(TextFingerprint.normalize(text) == Self.oracle(text))
    }

    /// The bundled article, found from this source file.
    static var seedArticle: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("seeds")
        let name = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?.first { $0.hasSuffix(".txt") } ?? "missing.txt"
        return seeds.appendingPathComponent(name).path
    }
}
