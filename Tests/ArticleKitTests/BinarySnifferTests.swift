import Testing
@testable import ArticleKit

/// Tells text from binary data, byte for byte as the first, scalar-based version did.
struct BinarySnifferTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    /// The first implementation, kept as the reference.
    static func reference(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(BinarySniffer.sampleSize)
        guard !sample.isEmpty else { return false }
        var nuls = 0
        var controls = 0
        for byte in sample {
            if byte == 0 { nuls += 1 }
            if (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)) || byte == 0x7F { controls += 1 }
        }
        if nuls > 4 || controls * 10 > sample.count { return true }
        let decoded = String(decoding: sample, as: UTF8.self).unicodeScalars
        let repaired = decoded.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return repaired * 10 > decoded.count * 3
    }

    @Test func textAndBinaryAreToldApart() {
        #expect(!BinarySniffer.isBinary(Array("Storm closes harbour\n\nThe harbour closed.\n".utf8)))
        #expect(!BinarySniffer.isBinary(Array("Κείμενο 中文 text “quoted”\n".utf8)))
        #expect(BinarySniffer.isBinary([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 0, 1, 2, 3]))
        #expect(BinarySniffer.isBinary([UInt8](repeating: 0xFF, count: 100)))
        #expect(!BinarySniffer.isBinary([]))
    }

    @Test func agreesWithTheReferenceOnRandomBytes() {
        // Pieces that sit near every threshold: text, controls, NULs, broken and whole UTF-8, a literal U+FFFD.
        let pieces: [[UInt8]] = [
            Array("word ".utf8), Array("\n".utf8), [0], [0x01], [0x1B], [0x7F], [0x09], [0xFF], [0xC3], [0xC3, 0xA9],
            [0xE2, 0x80], [0xE2, 0x80, 0x9C], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0x80], Array("中".utf8),
        ]
        for seed in 0..<4_000 {
            var random = SplitMix(state: UInt64(seed))
            var bytes: [UInt8] = []
            let count = Int.random(in: 0...(seed % 10 == 0 ? 3_000 : 60), using: &random)
            for _ in 0..<count { bytes += pieces.randomElement(using: &random)! }
            if BinarySniffer.isBinary(bytes) != Self.reference(bytes) {
                Issue.record("seed \(seed): \(bytes.prefix(40))")
                return
            }
        }
    }
}
