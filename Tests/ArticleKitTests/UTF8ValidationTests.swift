import Testing
@testable import ArticleKit

/// Well-formed UTF-8, judged as the standard library judges it.
struct UTF8ValidationTests {
    /// Random bytes biased to lead, continuation and boundary values agree with `String(validating:)`.
    @Test func agreesWithTheStandardLibrary() {
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        let whole: [[UInt8]] = [Array("a".utf8), Array("é".utf8), Array("中".utf8), Array("😀".utf8), [0xEF, 0xBF, 0xBD],
                                Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8)]
        var random = ParserRobustnessTests.SplitMix(state: 41)
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                if Bool.random(using: &random) {
                    bytes += whole.randomElement(using: &random)!
                } else {
                    bytes.append(interesting.randomElement(using: &random)!)
                }
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if bytes.withUnsafeBufferPointer(UTF8Validation.isValid) != expected {
                Issue.record("round \(round): \(bytes)")
                return
            }
        }
    }

    /// The edges of each rule: overlong forms, surrogates, past U+10FFFF, cut off, stray continuations.
    @Test func edgesOfEachRule() {
        let cases: [([UInt8], Bool)] = [
            ([0xC2, 0x80], true), ([0xC1, 0xBF], false), ([0xDF, 0xBF], true), ([0xC2], false),
            ([0xE0, 0xA0, 0x80], true), ([0xE0, 0x9F, 0xBF], false), ([0xED, 0x9F, 0xBF], true),
            ([0xED, 0xA0, 0x80], false), ([0xEF, 0xBF, 0xBF], true), ([0xE1, 0x80], false),
            ([0xF0, 0x90, 0x80, 0x80], true), ([0xF0, 0x8F, 0xBF, 0xBF], false), ([0xF4, 0x8F, 0xBF, 0xBF], true),
            ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false), ([0x80], false),
            ([0xE2, 0x28, 0xA1], false), ([0xF0, 0x9F, 0x98], false), ([], true),
        ]
        for (bytes, valid) in cases {
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == valid, "\(bytes)")
            #expect((String(validating: bytes, as: UTF8.self) != nil) == valid, "reference disagrees on \(bytes)")
        }
    }
}
