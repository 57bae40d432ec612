import Testing
@testable import ArticleKit

/// ``ArticleDump/json(_:)`` against a scalar-by-scalar writer of the same shape (kept
/// here as the reference), byte for byte, on random plain-text articles full of
/// characters that need escapes.
struct JSONWriterTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    /// The first writer's string literal, one scalar at a time.
    static func referenceString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFEFF {
                    out += "\\u" + DisplaySanitizer.hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The whole document: the first writer's keys, then those documents added.
    static func reference(_ article: Article) -> String {
        let clean = DisplaySanitizer.clean
        func optional(_ text: String?) -> String { text.map(referenceString) ?? "null" }
        func array(_ items: [String]) -> String { "[" + items.map(referenceString).joined(separator: ", ") + "]" }
        let sections = article.sections.map { section in
            let blocks = section.paragraphs.map { _ in "{\"kind\": \"paragraph\", \"role\": \"body\"}" }
            return "    {\"heading\": \(optional(section.heading.map(clean))), \"paragraphs\": \(array(section.paragraphs.map(clean))), "
                + "\"blocks\": [\(blocks.joined(separator: ", "))]}"
        }
        let date = optional(article.dateline.map(clean))
        return "{\n  \"title\": \(optional(article.title.map(clean))),\n  \"byline\": \(optional(article.byline.map(clean))),\n"
            + "  \"dateline\": \(date),\n  \"date\": \(date),\n  \"siteName\": null,\n  \"url\": null,\n  \"format\": \"text\",\n  \"notice\": null,\n"
            + "  \"sections\": [\n\(sections.joined(separator: ",\n"))\n  ],\n"
            + "  \"sources\": \(array(article.sources.map(clean))),\n  \"authorNote\": \(array(article.authorNote.map(clean))),\n"
            + "  \"links\": []\n}\n"
    }

    static let pieces = ["a", "word ", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{9B}", "\u{FEFF}",
                         "\u{FEFE}", "\u{FFFF}", "é", "中文", "？", "😀", "\u{202E}", "\u{301}", "“quoted”", "…"]

    static func randomText(_ random: inout SplitMix) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test func matchesTheReferenceWriterByteForByte() {
        var random = SplitMix(state: 0x4A53_4F4E)
        for round in 0..<3_000 {
            func maybe() -> String? { Bool.random(using: &random) ? Self.randomText(&random) : nil }
            let sections = (0..<Int.random(in: 1...4, using: &random)).map { index in
                Section(heading: index == 0 ? nil : Self.randomText(&random),
                        paragraphs: (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.randomText(&random) })
            }
            let article = Article(title: maybe(), byline: maybe(), dateline: maybe(), sections: sections,
                                  sources: (0..<Int.random(in: 0...2, using: &random)).map { _ in Self.randomText(&random) },
                                  authorNote: (0..<Int.random(in: 0...2, using: &random)).map { _ in Self.randomText(&random) })
            let json = ArticleDump.json(article)
            let expected = Self.reference(article)
            #expect(Array(json.utf8) == Array(expected.utf8), "round \(round)")
            if Array(json.utf8) != Array(expected.utf8) { return }
        }
    }

    @Test func escapesAStringAtEveryPosition() {
        var writer = JSONWriter()
        writer.string("\u{FEFF}a\"b\\c\nd\te\rf\u{1}g\u{FEFF}")
        #expect(writer.text() == #""\uFEFFa\"b\\c\nd\te\rf\u0001g\uFEFF""#)
    }
}
