import Foundation
import Testing
@testable import ArticleKit

/// Randomized hostile inputs, reproducible: every case is generated from
/// `baseSeed + case number` with ``ParserRobustnessTests/SplitMix``, and a
/// failure names the seed. Extends ParserRobustnessTests (small alphabet,
/// no-text-lost only) with terminal-hostile bytes, edits of the bundled
/// article, and the sanitizer / dump invariants.
struct RandomizedPropertyTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    /// Byte tokens an attacker or a broken file would use.
    static let hostileTokens: [[UInt8]] = [
        [0x00], [0x00, 0x00], [0x07], [0x08], [0x09], [0x0B], [0x0C], [0x7F], [0x1B],
        Array("\u{1B}[2J".utf8), Array("\u{1B}[31m".utf8), Array("\u{1B}]0;pwned\u{07}".utf8),
        Array("\u{1B}]52;c;aGVsbG8=\u{1B}\\".utf8), Array("\u{1B}P1$r\u{1B}\\".utf8), Array("\u{1B}_apc\u{9C}".utf8),
        [0xC2, 0x9B], [0xC2, 0x85], [0xC2, 0x80], [0xC2, 0x9F], [0x9B], [0x85],      // C1 as UTF-8 and as raw bytes
        [0xE2, 0x80, 0xAE], [0xE2, 0x80, 0xAA], [0xE2, 0x81, 0xA6], [0xE2, 0x81, 0xA9], // bidi overrides and isolates
        [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F], // bad UTF-8
        [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8], [0xCC, 0x81], [0xEF, 0xB8, 0x8F], [0xE2, 0x80, 0x8D],          // BOM, LS, marks, ZWJ
        [0x0A], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x0A, 0x0A], [0x20], [0x20, 0x20],
        Array("word".utf8), Array("What happened?".utf8), Array("Sources:".utf8), Array("By Jane Doe".utf8),
        Array("May 5, 2023".utf8), Array("漢字の見出し？".utf8), Array("1. Why?".utf8), Array("The end.".utf8),
    ]

    /// Whether text is safe to send to a terminal.
    static func isSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
                && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
        }
    }

    /// Every invariant for one input; `nil` when all hold, else what broke.
    static func problem(_ bytes: [UInt8]) -> String? {
        let text = TextDecoding.decode(bytes)
        if text.unicodeScalars.contains("\r") { return "a CR survived decoding" }
        let article = ArticleParser.parse(bytes: bytes)
        if article.sections.isEmpty { return "no lead section" }
        if let lost = TextAccounting.problem(text: text, article: article) { return "text lost: \(lost)" }
        let pieces = [article.title, article.byline, article.dateline].compactMap { $0 } + TextAccounting.bodyPieces(article)
        for piece in pieces where !isSafe(DisplaySanitizer.clean(piece)) { return "unsafe sanitized piece" }
        if !isSafe(ArticleDump.text(article, displayTitle: "T")) { return "unsafe ArticleDump.text" }
        let json = ArticleDump.json(article)
        if !isSafe(json) { return "unsafe ArticleDump.json" }
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let sections = object["sections"] as? [[String: Any]]
        else { return "ArticleDump.json does not parse" }
        let clean = DisplaySanitizer.clean
        if object["title"] as? String != article.title.map(clean)
            || sections.map({ $0["paragraphs"] as? [String] ?? [] }) != article.sections.map({ $0.paragraphs.map(clean) })
            || sections.map({ $0["heading"] as? String }) != article.sections.map({ $0.heading.map(clean) })
            || object["sources"] as? [String] != article.sources.map(clean)
            || object["authorNote"] as? [String] != article.authorNote.map(clean) {
            return "ArticleDump.json does not hold the sanitized article"
        }
        if let loaded = try? LoadedArticle.from(bytes: bytes, path: "-"),
           loaded.displayTitle.isEmpty || loaded.displayTitle.contains("\n") || !isSafe(loaded.displayTitle) {
            return "bad display title"
        }
        return nil
    }

    /// Random strings of hostile tokens and random bytes.
    static func randomBytes(_ random: inout SplitMix) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...60, using: &random) {
            if Int.random(in: 0..<8, using: &random) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            } else {
                bytes += hostileTokens.randomElement(using: &random)!
            }
        }
        return bytes
    }

    static let bundledLines: [[UInt8]] = {
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: Fixtures.bundledArticlePath))) ?? Data())
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }()

    /// The bundled article with 1 to 8 random edits.
    static func editedArticle(_ random: inout SplitMix) -> [UInt8] {
        var lines = bundledLines
        var endings = [[UInt8]](repeating: [0x0A], count: lines.count)
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let at = Int.random(in: 0..<max(1, lines.count), using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0 where !lines.isEmpty:  // delete a line
                lines.remove(at: at); endings.remove(at: at)
            case 1:  // insert a hostile line
                lines.insert(randomBytes(&random), at: min(at, lines.count)); endings.insert([0x0A], at: min(at, endings.count))
            case 2 where !lines.isEmpty:  // duplicate a line
                lines.insert(lines[at], at: at); endings.insert(endings[at], at: at)
            case 3 where !lines.isEmpty:  // control characters inside a line
                let token = hostileTokens.randomElement(using: &random)!
                lines[at].insert(contentsOf: token, at: Int.random(in: 0...lines[at].count, using: &random))
            case 4 where !endings.isEmpty:  // another line ending
                endings[at] = [[0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0A]].randomElement(using: &random)!
            case 5 where !lines.isEmpty:  // cut a line anywhere (maybe inside a UTF-8 sequence)
                lines[at] = Array(lines[at].prefix(Int.random(in: 0...lines[at].count, using: &random)))
            default:  // swap two lines
                let other = Int.random(in: 0..<max(1, lines.count), using: &random)
                if !lines.isEmpty { lines.swapAt(at, other) }
            }
        }
        return zip(lines, endings).flatMap { $0 + $1 }
    }

    static let baseSeed: UInt64 = 0x464F_4C49_4F00  // "FOLIO"

    @Test func hostileBytesKeepEveryInvariant() {
        for index in 0..<400 {
            let seed = Self.baseSeed &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = Self.randomBytes(&random)
            let problem = Self.problem(bytes)
            #expect(problem == nil, "seed \(seed): \(problem ?? "") for bytes \(bytes)")
        }
    }

    @Test func editedBundledArticlesKeepEveryInvariant() throws {
        try #require(Self.bundledLines.count > 10)
        for index in 0..<150 {
            let seed = Self.baseSeed &+ 1_000_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = Self.editedArticle(&random)
            let problem = Self.problem(bytes)
            #expect(problem == nil, "seed \(seed): \(problem ?? "") (regenerate with editedArticle(SplitMix(state: \(seed))))")
        }
    }

    // MARK: Regressions found by `make fuzz` (Fuzz/article)

    /// A line starting with combining marks fuses with the space that joins it
    /// to the line before. No text is lost; `TextAccounting.problem` once
    /// compared characters and reported it as lost, and now compares scalars.
    @Test func aLineStartingWithCombiningMarksIsNotLost() {
        let text = "中文段落，没有空格。\n\u{FE0F}\u{301}e\u{301} combining\n👍🏽 emoji\n"
        let article = ArticleParser.parse(text)
        #expect(TextAccounting.problem(text: text, article: article) == nil)
        #expect(Self.problem(Array(text.utf8)) == nil)
    }

    /// Foundation's JSONSerialization on Linux drops a raw U+FEFF at the start
    /// of a string; the dump escapes it so a paragraph starting with a stray
    /// byte order mark reads back whole.
    @Test func aParagraphStartingWithAByteOrderMarkSurvivesTheJSONDump() throws {
        let bytes: [UInt8] = Array("\u{FEFF}Title\u{0} with NUL\n\nBody \u{0}\u{0} text\u{7F}.\n\u{FEFF}Second BOM?\n".utf8)
        let article = ArticleParser.parse(bytes: bytes)
        #expect(article.lead.paragraphs.last?.unicodeScalars.first == "\u{FEFF}")
        let json = ArticleDump.json(article)
        #expect(json.contains("\\uFEFFSecond BOM?"))
        #expect(Self.problem(bytes) == nil)
    }
}
