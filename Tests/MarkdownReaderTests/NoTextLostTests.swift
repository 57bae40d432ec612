import Testing
@testable import ArticleKit

/// A seeded random source (SplitMix64), so a failing document can be rebuilt from its seed.
struct SeededRandom: RandomNumberGenerator {
    /// The generator's state.
    var state: UInt64

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds random Markdown documents and remembers every word a reader should see.
///
/// Each word is unique (a base word plus a letter counter), so "every word
/// lands in exactly one block" is a set comparison plus a duplicate check.
struct MarkdownGenerator {
    private static let bases = ["tide", "harbour", "boat", "net", "gull", "salt", "καλημέρα", "naïve", "straße", "ψάρι", "café"]
    private var random: SeededRandom
    private var counter = 0
    /// The visible words, in source order.
    private(set) var words: [String] = []

    /// Creates a generator for `seed`.
    init(seed: UInt64) { random = SeededRandom(state: seed) }

    /// A fresh unique word.
    private mutating func word() -> String {
        counter += 1
        var suffix = ""
        var n = counter
        while n > 0 {
            suffix.unicodeScalars.append(Unicode.Scalar(UInt8(97 + n % 26)))
            n /= 26
        }
        let word = Self.bases[Int.random(in: 0..<Self.bases.count, using: &random)] + suffix
        words.append(word)
        return word
    }

    /// One to `most` words, some of them styled.
    private mutating func inline(_ most: Int = 8) -> String {
        var pieces: [String] = []
        for _ in 0..<Int.random(in: 1...most, using: &random) {
            switch Int.random(in: 0..<12, using: &random) {
            case 0: pieces.append("*\(word())*")
            case 1: pieces.append("**\(word()) \(word())**")
            case 2: pieces.append("`\(word())`")
            case 3: pieces.append("~~\(word())~~")
            case 4: pieces.append("[\(word()) \(word())](https://example.org/\(counter))")
            case 5: pieces.append("_\(word())_")
            case 6: pieces.append("***\(word())***")
            default: pieces.append(word())
            }
        }
        return pieces.joined(separator: " ")
    }

    /// A paragraph of one to three lines, joined by soft or hard breaks.
    private mutating func paragraph() -> [String] {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in
            inline() + (Bool.random(using: &random) ? "" : "  ")
        }
    }

    /// A list, possibly nested, as lines.
    private mutating func list(depth: Int) -> [String] {
        let ordered = Bool.random(using: &random)
        // Only a list that starts at 1 may interrupt a paragraph, so nested ones do.
        var number = depth == 0 ? Int.random(in: 1...999, using: &random) : 1
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let marker = ordered ? "\(number)." : ["-", "*", "+"][depth % 3]
            number += 1
            lines.append("\(marker) \(inline())")
            if depth < 3, Int.random(in: 0..<4, using: &random) == 0 {
                let indent = String(repeating: " ", count: marker.count + 1)
                lines += list(depth: depth + 1).map { $0.isEmpty ? "" : indent + $0 }
            }
        }
        return lines
    }

    /// One top-level (or quoted) structure, as lines.
    private mutating func structure(depth: Int) -> [String] {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return [String(repeating: "#", count: Int.random(in: 2...6, using: &random)) + " " + inline(5) + "?"]
        case 1: return [inline(5), Bool.random(using: &random) ? "===" : "---"]
        case 2: return list(depth: 0)
        case 3 where depth < 4:
            var inner: [String] = []
            for index in 0..<Int.random(in: 1...3, using: &random) {
                if index > 0 { inner.append("") }
                inner += structure(depth: depth + 1)
            }
            return inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case 4: return ["```"] + (0..<Int.random(in: 1...4, using: &random)).map { _ in (0..<3).map { _ in word() }.joined(separator: " ") } + ["```"]
        case 5:
            let columns = Int.random(in: 1...3, using: &random)
            var rows = [(0..<columns).map { _ in word() }.joined(separator: " | "), Array(repeating: "---", count: columns).joined(separator: " | ")]
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                rows.append((0..<columns).map { _ in inline(2) }.joined(separator: " | "))
            }
            return rows.map { "| " + $0 + " |" }
        case 6: return ["***"]
        default: return paragraph()
        }
    }

    /// A whole document: maybe front matter, maybe a leading title heading, then structures.
    mutating func document() -> String {
        var lines: [String] = []
        if Int.random(in: 0..<4, using: &random) == 0 {
            lines += ["---", "title: \(word()) \(word())", "author: Not Counted", "---"]
        } else if Bool.random(using: &random) {
            lines += ["# " + inline(4), ""]
        }
        for _ in 0..<Int.random(in: 1...25, using: &random) {
            lines += structure(depth: 0)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// Every visible word of a generated Markdown document lands in exactly one block (or the title).
struct NoTextLostTests {
    @Test(arguments: 0..<300)
    func everyWordLandsInExactlyOneBlock(seed: UInt64) {
        var generator = MarkdownGenerator(seed: seed &* 7919 &+ 17)
        let source = generator.document()
        let document = MarkdownReader.read(Array(source.utf8), context: ReadContext())
        var seen = (document.metadata.title.map { words(of: $0) } ?? [])
        for block in document.blocks { seen += words(of: block.text) }
        let expected = generator.words
        #expect(seen.count == expected.count, "seed \(seed): \(seen.count) words read, \(expected.count) written\n\(source)")
        #expect(Set(seen) == Set(expected), "seed \(seed): lost \(Set(expected).subtracting(seen).sorted()), extra \(Set(seen).subtracting(expected).sorted())\n\(source)")
    }

    @Test func theCheckCatchesALostBlock() {
        // The property must be able to fail: dropping one block loses its words.
        var generator = MarkdownGenerator(seed: 42)
        let document = MarkdownReader.read(text: generator.document())
        let kept = document.blocks.dropFirst().flatMap { words(of: $0.text) } + (document.metadata.title.map { words(of: $0) } ?? [])
        #expect(Set(kept) != Set(generator.words))
    }
}
