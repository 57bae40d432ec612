import Testing
@testable import ArticleKit

/// Eight-byte tests agree with looking at each byte.
struct ByteWordsTests {
    /// Whether one byte is a control (below 0x20), DEL or 0x80 and up.
    static func flagged(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte >= 0x80 }

    /// The bytes of `word` in memory order.
    static func bytes(_ word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }

    /// Every byte value at every position, among plain letters.
    @Test func everyByteAtEveryPosition() {
        for value in 0...255 {
            for position in 0..<8 {
                var word: UInt64 = 0x6161_6161_6161_6161
                word &= ~(0xFF << (8 * UInt64(position)))
                word |= UInt64(value) << (8 * UInt64(position))
                #expect(ByteWords.mayHoldControlOrHigh(word) == Self.flagged(UInt8(value)), "\(value) at \(position)")
                #expect(ByteWords.isASCII(word) == (value < 0x80))
            }
        }
    }

    /// Random words, biased to the edges (0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF): both tests are exact.
    @Test func randomWords() {
        let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x81, 0xC2, 0xFF, 0x0A]
        var random = ParserRobustnessTests.SplitMix(state: 59)
        for _ in 0..<50_000 {
            var word: UInt64 = 0
            for position in 0..<8 {
                let byte = Bool.random(using: &random) ? edges.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
                word |= UInt64(byte) << (8 * UInt64(position))
            }
            let bytes = Self.bytes(word)
            #expect(ByteWords.mayHoldControlOrHigh(word) == bytes.contains(where: Self.flagged))
            #expect(ByteWords.isASCII(word) == bytes.allSatisfy { $0 < 0x80 })
        }
    }

    /// `load` reads eight bytes from any offset, first byte lowest.
    @Test func loadReadsInMemoryOrder() {
        let sample: [UInt8] = Array(0...15)
        sample.withUnsafeBufferPointer { buffer in
            for offset in 0...8 {
                #expect(Self.bytes(ByteWords.load(buffer.baseAddress!, at: offset)) == Array(sample[offset..<offset + 8]))
            }
        }
    }
}
