import Testing
@testable import HighlightStore

/// The eight-byte skip over JSON string contents agrees with the byte-at-a-time rule.
@Suite struct PlainBytesTests {
    @Test func wordTestAgreesWithByteTest() {
        var random = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for round in 0..<200_000 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
            // Mostly plain words with a few interesting bytes, in any position.
            for _ in 0..<(round % 4) { bytes[Int.random(in: 0..<8, using: &random)] = interesting.randomElement(using: &random)! }
            if round % 7 == 0 { bytes[Int.random(in: 0..<8, using: &random)] = UInt8.random(in: 0...0xFF, using: &random) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(PlainBytes.isPlain(word) == bytes.allSatisfy(PlainBytes.isPlain), "\(bytes)")
        }
    }

    @Test func lowestMarkedByteIsTheFirstThatIsNotPlain() {
        var random = SystemRandomNumberGenerator()
        let stops: [UInt8] = [0x00, 0x01, 0x1F, 0x22, 0x5C, 0x7F, 0x80, 0xC3, 0xFF]
        for round in 0..<100_000 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
            // Several stops in one word: a borrow from the first must not hide or precede it.
            for _ in 0..<(round % 5) { bytes[Int.random(in: 0..<8, using: &random)] = stops.randomElement(using: &random)! }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let marked = PlainBytes.notPlain(word)
            let first = bytes.firstIndex { !PlainBytes.isPlain($0) }
            #expect((marked == 0 ? nil : marked.trailingZeroBitCount / 8) == first, "\(bytes)")
        }
    }

    @Test func endStopsAtTheFirstByteThatIsNotPlain() {
        for length in 0..<40 {
            for stop in 0...length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if stop < length { bytes[stop] = UInt8(ascii: "\"") }
                // A second stop after the first changes nothing.
                if stop + 1 < length { bytes[stop + 1] = 0x01 }
                let end = bytes.withUnsafeBufferPointer { PlainBytes.end(of: $0, from: 0) }
                #expect(end == stop)
            }
        }
    }
}
