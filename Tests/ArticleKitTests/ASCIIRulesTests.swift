import Testing
@testable import ArticleKit

/// The byte-by-byte rules for printable ASCII lines against the `Character`-based
/// rules they stand in for, on random lines built to reach every branch.
struct ASCIIRulesTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    static let fragments = [
        "Source", "source", "Sources", "Photo", "photo", "Image", "IMAGE", "Via", "via ", "According to ", "according to",
        "Originally published", "This article first appeared", "(Source", "Credit", "Read more", "Illustration",
        ":", " :", "-", " - ", " by ", "by ", "1. ", "12) ", "1234. ", "2.", "What", "why", "Is", "the", "U.S.", "Mr.",
        "e.g.", "3.", "end.", "\"Quoted\"", "'a'", "(x)", "]", ".", "!", "?", " ", "  ", ",", "a", "Z", "9",
        "question", "Kathimerini", "New York Times", "etc.", "Dr. No", "A. B.", "\"(Mr.", "fig.",
    ]

    static func randomLine(_ random: inout SplitMix) -> [UInt8] {
        var line = ""
        for _ in 0..<Int.random(in: 1...14, using: &random) {
            line += fragments.randomElement(using: &random)!
        }
        if Bool.random(using: &random) { line += "?" }
        if Int.random(in: 0..<6, using: &random) == 0 { line += String(repeating: "word ", count: Int.random(in: 1...40, using: &random)) + "x?" }
        let trimmed = LineSplitter.trim(Substring(line))
        return Array(trimmed.utf8)
    }

    @Test func questionHeadingsAgreeWithTheCharacterRule() {
        var random = SplitMix(state: 0x4153_4349_4951)
        for round in 0..<20_000 {
            let bytes = Self.randomLine(&random)
            guard !bytes.isEmpty else { continue }
            let text = Substring(String(decoding: bytes, as: UTF8.self))
            let fast = bytes.withUnsafeBufferPointer(ASCIIHeadings.isQuestionHeadingText)
            #expect(fast == LineKinds.isQuestionHeadingText(text), "round \(round): \(text.debugDescription)")
            if fast != LineKinds.isQuestionHeadingText(text) { return }
        }
    }

    @Test func sourceLinesAgreeWithTheCharacterRule() {
        var random = SplitMix(state: 0x4153_4349_5352)
        for round in 0..<20_000 {
            let bytes = Self.randomLine(&random)
            guard !bytes.isEmpty else { continue }
            let text = Substring(String(decoding: bytes, as: UTF8.self))
            let fast = bytes.withUnsafeBufferPointer(ASCIISources.isSourceLine)
            #expect(fast == LineKinds.isSourceLine(text), "round \(round): \(text.debugDescription)")
            if fast != LineKinds.isSourceLine(text) { return }
        }
    }

    @Test func knownLines() {
        func question(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(ASCIIHeadings.isQuestionHeadingText) }
        func source(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(ASCIISources.isSourceLine) }
        #expect(question("Allies of China and Russia?"))
        #expect(question("2. What does Putin want from China?"))
        #expect(!question("Is it over? Maybe not?"))
        #expect(!question("\"Why?\""))
        #expect(source("Source: Kathimerini"))
        #expect(source("According to the New York Times"))
        #expect(!source("According to him, the war, which began, goes on."))
        #expect(source("Photo by Jane Roe"))
        #expect(!source("Sourcing matters"))
    }
}
