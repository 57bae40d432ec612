import Testing
@testable import ArticleKit

/// The byte fast paths against the simple paths they replace, on random input.
struct ByteFastPathTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    static let linePieces = ["a", "word", " ", ".", "!", "?", ":", "…", "。", "！", "？", "\"", "'", "”", "’", "»", "›", ")", "]",
                             "」", "』", "）", "\u{301}", "\u{600}", "\u{200D}", "😀", "é", "中", "“", "-", "1"]

    @Test func sentenceEndsAgreeWithTheCharacterRule() {
        var random = SplitMix(state: 0x454E_4453)
        for round in 0..<30_000 {
            let line = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.linePieces.randomElement(using: &random)! }.joined()
            let bytes = Array(line.utf8)
            guard let fast = bytes.withUnsafeBufferPointer(SentenceEndBytes.endsSentence) else { continue }
            #expect(fast == SentenceRules.endsSentence(Substring(line)), "round \(round): \(line.debugDescription)")
            if fast != SentenceRules.endsSentence(Substring(line)) { return }
        }
    }

    static let bytePieces: [[UInt8]] = [
        Array("Plain words here. ".utf8), Array("Why?".utf8), [0x0A], [0x0A, 0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x20],
        Array("中文段落。".utf8), Array("“Quoted.”".utf8), [0xE2, 0x80], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], Array("\u{3000}".utf8),
        Array("\u{85}".utf8), Array("By Jane Roe".utf8), Array("Source: X".utf8), Array("abcdefgh".utf8),
    ]

    /// `parse(bytes:)` works on the bytes where they lie; the simple path decodes first.
    @Test func parsingBytesInPlaceEqualsParsingTheDecodedText() {
        var random = SplitMix(state: 0x494E_504C)
        for round in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &random) { bytes += Self.bytePieces.randomElement(using: &random)! }
            let fast = ArticleParser.parse(bytes: bytes)
            let simple = ArticleParser.parse(TextDecoding.decode(bytes))
            #expect(ParserPathsTests.exact(fast) == ParserPathsTests.exact(simple), "round \(round): \(bytes)")
            if ParserPathsTests.exact(fast) != ParserPathsTests.exact(simple) { return }
        }
    }
}

/// The byte answers about single scalars against the standard library's properties.
struct ScalarFactsTests {
    @Test func whiteSpaceIsTheWhiteSpaceProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhiteSpace.contains(value) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }

    /// An ideograph first means the first letter is not lower case, whatever follows.
    @Test func ideographsStartNoLowercaseLine() {
        for value in stride(from: UInt32(0x3000), through: 0xA000, by: 7) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for tail in ["", "\u{301}", "a", " b", "？"] {
                let line = String(scalar) + tail
                let bytes = Array(line.utf8)
                if bytes.withUnsafeBufferPointer(SentenceRules.startsWithIdeograph) {
                    #expect(Character(String(scalar)).isLetter)
                    let first = Substring(line).first(where: \.isLetter)
                    #expect(first?.isLowercase == false, "U+\(String(value, radix: 16))\(tail.debugDescription)")
                }
            }
        }
    }
}

/// The shortcuts in ``SimpleScalars/width(ofUTF8:stoppingAbove:)`` and ``UTF8Validation``
/// against the plain per-scalar answers.
struct WidthAndValidationShortcutTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    @Test func byteWidthEqualsScalarWidthForEveryBMPScalarInContext() {
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "abcdefgh" + String(scalar) + "中", String(scalar) + String(scalar) + "xyz"] {
                let bytes = Array(text.utf8)
                let fast = bytes.withUnsafeBufferPointer { SimpleScalars.width(ofUTF8: $0) }
                if fast != SimpleScalars.width(of: text.unicodeScalars) {
                    Issue.record("U+\(String(value, radix: 16)) in \(text.debugDescription)")
                    return
                }
            }
        }
    }

    @Test func aLimitOnlyCutsAboveIt() {
        var random = SplitMix(state: 0x5749_4454)
        let pieces = ["a", "word ", "中文", "“", "…", "\u{301}", "\t", "é", "한"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let limit = Int.random(in: 0...60, using: &random)
            let bytes = Array(text.utf8)
            let whole = bytes.withUnsafeBufferPointer { SimpleScalars.width(ofUTF8: $0) }
            let cut = bytes.withUnsafeBufferPointer { SimpleScalars.width(ofUTF8: $0, stoppingAbove: limit) }
            if let whole, let cut {
                #expect(whole <= limit ? cut == whole : cut > limit && cut <= whole, "\(text.debugDescription) limit \(limit)")
            }
        }
    }

    /// A bad three-byte sequence at every place of a CJK run is found.
    @Test func everyBadSequenceInACJKRunIsFound() {
        let good = Array("中国和俄罗斯是盟友吗中国和俄罗斯".utf8)
        for bad: [UInt8] in [[0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xE4, 0x41, 0x80], [0xE4, 0xB8], [0xC0, 0x80, 0x80]] {
            for at in stride(from: 0, through: good.count, by: 3) {
                let bytes = Array(good[..<at]) + bad + Array(good[at...])
                #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == (String(validating: bytes, as: UTF8.self) != nil))
                #expect(bytes.withUnsafeBufferPointer(LineSplitter.lines(of:)) == nil)
            }
        }
        #expect(good.withUnsafeBufferPointer(LineSplitter.lines(of:)) != nil)
    }
}

/// The word tests of ``LineEndScan`` against byte loops.
struct LineEndScanTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    @Test func printableBytesCountsTheLeadingPrintableRun() {
        var random = SplitMix(state: 0x5052_4E54)
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xFF]
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            let expected = bytes.prefix(while: { $0 >= 0x20 && $0 <= 0x7E }).count
            if LineEndScan.printableBytes(atStartOf: word) != expected || LineEndScan.isPrintable(word) != (expected == 8) {
                Issue.record("\(bytes)")
                return
            }
        }
    }
}

/// Long CJK runs with one sequence changed at every place, through every word path of the check.
struct CJKRunValidationTests {
    @Test func everyChangedSequenceInALongRunIsJudgedLikeTheStandardLibrary() {
        let run = Array(String(repeating: "中国和俄罗斯是盟友吗", count: 4).utf8)  // 120 bytes of three-byte sequences
        let replacements: [[UInt8]] = [
            [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBD],
            [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xC3, 0xA9, 0x41], [0xF0, 0x9F, 0x98], [0x41, 0x42, 0x43],
        ]
        for replacement in replacements {
            for at in stride(from: 0, to: run.count, by: 3) {
                var bytes = run
                bytes.replaceSubrange(at..<(at + 3), with: replacement)
                let expected = String(validating: bytes, as: UTF8.self) != nil
                if bytes.withUnsafeBufferPointer(UTF8Validation.isValid) != expected {
                    Issue.record("\(replacement) at \(at)")
                    return
                }
            }
        }
    }
}

/// ``IdeographicHeadings`` against the `Character` rule.
struct IdeographicHeadingsTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    @Test func everyIdeographIsALetterThatIsNotLowercase() {
        for value in Array(UInt32(0x3400)...0x4DBF) + Array(UInt32(0x4E00)...0x9FFF) {
            let character = Character(Unicode.Scalar(value)!)
            if !character.isLetter || character.isLowercase || SentenceRules.openingQuotes.contains(character) {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }

    @Test func agreesWithTheCharacterRule() {
        var random = SplitMix(state: 0x4944_454F)
        let pieces = ["中", "国", "㐀", "䶿", "鿿", "一", "？", "?", "，", "。", "a", " ", "\u{301}", "「", "1", "ー"]
        for round in 0..<20_000 {
            var line = (0..<Int.random(in: 0...70, using: &random)).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? pieces.randomElement(using: &random)! : "中"
            }.joined()
            line += Bool.random(using: &random) ? "？" : "?"
            let bytes = Array(line.utf8)
            guard let fast = bytes.withUnsafeBufferPointer(IdeographicHeadings.isQuestionHeadingText) else { continue }
            #expect(fast == LineKinds.isQuestionHeadingText(Substring(line)), "round \(round): \(line)")
            if fast != LineKinds.isQuestionHeadingText(Substring(line)) { return }
        }
        for count in [1, 39, 40, 58, 59, 60, 61, 159, 160, 161] {
            for mark in ["？", "?"] {
                let line = String(repeating: "国", count: count) + mark
                let fast = Array(line.utf8).withUnsafeBufferPointer(IdeographicHeadings.isQuestionHeadingText)
                #expect(fast == LineKinds.isQuestionHeadingText(Substring(line)), "\(count) ideographs and \(mark)")
            }
        }
    }
}

/// The lower bound the splitter keeps for a line's width.
struct MinimumWidthTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    /// Every printable ASCII byte is a cluster of its own of width 1 or more.
    @Test func printableASCIIBytesNeverExceedTheWidth() {
        var random = SplitMix(state: 0x4D49_4E57)
        let pieces = ["a", " ", "1", "#", "\u{600}", "\u{600}a", "\u{301}", "\u{200D}", "\u{FE0F}", "1\u{FE0F}\u{20E3}", "😀",
                      "\u{1F1FA}", "中", "\u{0}", "\t", "\u{7F}", "\u{AD}", "\u{200B}", "\u{1100}", "\u{1161}", "e\u{301}", "\u{E33}"]
        for round in 0..<20_000 {
            let text = (0..<Int.random(in: 1...20, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let printable = text.utf8.filter { $0 >= 0x20 && $0 <= 0x7E }.count
            let width = DisplayWidth.of(Substring(text))
            #expect(width >= printable, "round \(round): \(text.debugDescription)")
            if width < printable { return }
        }
    }
}

/// ``DisplaySanitizer/needsCleaning(_:)`` (eight bytes a step) against its scalar definition.
struct SanitizerScanTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    @Test func needsCleaningIsAnyScalarNeedingIt() {
        var random = SplitMix(state: 0x434C_4E53)
        let pieces = ["abcdefgh", "a", " ", "\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{A0}", "é",
                      "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}", "“", "…", "中", "😀", "\u{FEFF}"]
        for round in 0..<20_000 {
            let text = (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = text.unicodeScalars.contains(where: DisplaySanitizer.needsCleaning)
            #expect(DisplaySanitizer.needsCleaning(text) == expected, "round \(round): \(text.debugDescription)")
            if DisplaySanitizer.needsCleaning(text) != expected { return }
        }
    }
}

/// The splitter's lower bound against the width itself, on lines with long ideograph runs.
struct SplitterMinimumWidthTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    @Test func minimumWidthNeverExceedsTheWidth() {
        var random = SplitMix(state: 0x4D57_4944)
        let pieces = ["中国和俄罗斯是盟友吗", "䷀䷁䷂䷃", "\u{600}中", "中\u{301}", "\u{1100}\u{1161}", "a", " ", "\u{3000}", "。", "\t",
                      "😀", "\u{200D}", "e\u{301}", "\u{FE0F}", "龥龥龥龥龥龥龥龥", "\u{E01}\u{E33}"]
        for round in 0..<5_000 {
            let text = (0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let bytes = Array(text.utf8)
            let lines = bytes.withUnsafeBufferPointer(LineSplitter.lines(of:)) ?? []
            for line in lines where Int(line.minimumWidth) > DisplayWidth.of(line.text) {
                Issue.record("round \(round): \(line.minimumWidth) > \(DisplayWidth.of(line.text)) for \(line.text.debugDescription)")
                return
            }
        }
    }
}
