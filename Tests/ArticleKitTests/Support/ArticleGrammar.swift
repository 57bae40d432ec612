/// Seeded random articles built from a grammar of realistic lines.
///
/// Titles, bylines, datelines, question and plain headings, hard-wrapped and
/// one-line paragraphs, source lines and author notes, mixed with CJK, emoji
/// sequences, combining marks, Unicode white space, tabs, control characters,
/// invalid UTF-8, very long lines and every line ending. Used to compare the
/// parser's byte path with its string path (``ParserPathsTests``).
enum ArticleGrammar {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    static let vocabulary = [
        "the", "China", "Russia", "visit", "leaders", "and", "of", "sanctions", "economy", "Moscow", "Beijing",
        "war", "trade", "said", "Mr.", "U.S.", "Dr.", "3.5", "percent", "in", "for", "by", "via", "source",
        "according", "to", "photo", "may", "March", "2024", "21/03/2024", "e.g.", "café", "naïve", "Zoë",
        "über", "Ünal", "İstanbul", "straße", "\u{212A}elvin", "Ωmega", "σοφία", "Σ", "добро", "עברית", "العربية",
        "हिन्दी", "क्षत्रिय", "ไทย", "한국어", "漢字", "東京", "中国", "😀", "👍🏽", "👨‍👩‍👧", "🇬🇷", "❤️", "☺\u{FE0E}",
        "1\u{FE0F}\u{20E3}", "e\u{301}", "a\u{308}\u{301}", "\u{1100}\u{1161}\u{11A8}", "\u{0600}1", "\u{0D4E}\u{0D15}",
        "“quoted”", "‘single’", "«guillemets»", "(aside)", "[note]", "—", "–", "-", "…", "&", "|", "de", "van",
    ]
    static let cjkRuns = ["中国和俄罗斯是盟友吗", "两国领导人的关系有多密切", "普京想从中国得到什么", "习近平对俄罗斯进行访问", "东京タワー", "한국어 문장"]
    static let names = ["Jane Doe", "John Roe", "Anna White", "Ángel Núñez", "Li Wei", "María de la Cruz", "O'Brien", "jan van Dijk"]
    static let months = ["January", "Feb", "march", "Sept.", "DEC", "May", "Mai", "Juni"]
    static let spaces = [" ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{200B}", "\u{B}", "\u{C}"]
    static let controls = ["\u{0}", "\u{7}", "\u{1B}[2J", "\u{1B}]0;x\u{7}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{200D}", "\u{FE0F}", "\u{301}"]
    static let badBytes: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x80]]

    /// One random article as bytes.
    static func article(_ random: inout SplitMix) -> [UInt8] {
        var lines: [[UInt8]] = []
        for _ in 0..<Int.random(in: 0...24, using: &random) {
            lines += block(&random).map { Array($0.utf8) }
            lines += Array(repeating: Array(pick(["", "", " ", "\t", "\u{3000}"], &random).utf8), count: Int.random(in: 0...2, using: &random))
        }
        var bytes: [UInt8] = Int.random(in: 0..<10, using: &random) == 0 ? [0xEF, 0xBB, 0xBF] : []
        let uniformEnding = pick(["\n", "\n", "\n", "\r\n", "\r"], &random)
        for var line in lines {
            if Int.random(in: 0..<15, using: &random) == 0, !line.isEmpty {  // invalid UTF-8 anywhere
                line.insert(contentsOf: pick(badBytes, &random), at: Int.random(in: 0...line.count, using: &random))
            }
            bytes += line
            let mixed = Int.random(in: 0..<12, using: &random) == 0
            bytes += Array((mixed ? pick(["\n", "\r\n", "\r", "\n\r", "\r\r\n"], &random) : uniformEnding).utf8)
        }
        if Int.random(in: 0..<3, using: &random) == 0, bytes.last == 0x0A { bytes.removeLast() }
        return bytes
    }

    /// One block: lines that belong together between blank lines.
    static func block(_ random: inout SplitMix) -> [String] {
        switch Int.random(in: 0..<16, using: &random) {
        case 0: return [decorate(title(&random), &random)]
        case 1: return [title(&random), byline(&random), dateline(&random)].shuffled(using: &random)
        case 2: return [decorate(byline(&random), &random)]
        case 3: return [decorate(dateline(&random), &random)]
        case 4: return [decorate(questionHeading(&random), &random)]
        case 5: return [decorate(plainHeading(&random), &random)]
        case 6, 7: return wrapped(paragraph(&random), width: Int.random(in: 20...110, using: &random)).map { decorate($0, &random) }
        case 8: return (0..<Int.random(in: 1...4, using: &random)).map { _ in decorate(paragraph(&random), &random) }
        case 9: return (0..<Int.random(in: 1...3, using: &random)).map { _ in decorate(sourceLine(&random), &random) }
        case 10: return [decorate(authorNote(&random), &random)]
        case 11: return [pick(["About the author", "ABOUT THE AUTHORS:", "About the writer.", "about the reporter -"], &random)]
        case 12: return [String(repeating: paragraph(&random) + " ", count: Int.random(in: 5...20, using: &random))]  // very long
        case 13: return [cjkParagraph(&random), cjkParagraph(&random) + pick(["？", "?", "。", ""], &random)]
        case 14: return [questionHeading(&random)] + wrapped(paragraph(&random), width: 60)
        default: return [pick(["- item one", "* item", "• bullet", "1. First", "2) Second", "10. Tenth point."], &random), words(&random, 3...12)]
        }
    }

    static func title(_ random: inout SplitMix) -> String {
        capitalized(words(&random, 1...14), &random) + pick(["", "", "?", "？", ".", ":", "!", "…"], &random)
    }

    static func byline(_ random: inout SplitMix) -> String {
        let people = (0..<Int.random(in: 1...3, using: &random)).map { _ in pick(names, &random) }
        return pick(["By ", "by ", "BY ", "Written by ", "written By ", "By: ", "Bye "], &random)
            + people.joined(separator: pick([" and ", ", ", " & ", " | "], &random)) + pick(["", ", Reuters", " for the Times", " in Athens"], &random)
    }

    static func dateline(_ random: inout SplitMix) -> String {
        let day = Int.random(in: 1...31, using: &random)
        let year = Int.random(in: 1990...2030, using: &random)
        return pick([
            "\(pick(months, &random)) \(day), \(year)", "\(year)-0\(Int.random(in: 1...9, using: &random))-\(day)",
            "\(day)/03/\(year)", "\(day).3.\(year % 100)", "Updated \(pick(months, &random)) \(day) \(year) 10:0\(day % 10)",
            "\(year)年3月\(day)日", "Published: \(day) \(pick(months, &random))", "\(day)-\(day)-\(day)-\(day)", "line \(day)",
            numberGroups(&random), numberGroups(&random) + " " + numberGroups(&random),
        ], &random)
    }

    /// Digit runs of 0 to 6 digits joined by date separators and others ("12-034.5", "2024//3/21").
    static func numberGroups(_ random: inout SplitMix) -> String {
        (0..<Int.random(in: 1...5, using: &random)).map { _ in
            String(repeating: String(Int.random(in: 0...9, using: &random)), count: Int.random(in: 0...6, using: &random))
        }.joined(separator: pick(["-", "/", ".", ".", "-", ",", ":", " ", "x", "٫"], &random))
    }

    static func questionHeading(_ random: inout SplitMix) -> String {
        pick(["", "1. ", "12) ", "1234. ", "“", "3.  "], &random)
            + pick(["What", "Why", "how", "Who", "Was", "中国"], &random) + " " + words(&random, 1...18) + pick(["?", "？", "?”", "? Yes."], &random)
    }

    static func plainHeading(_ random: inout SplitMix) -> String {
        pick(["", "2. "], &random) + capitalized(words(&random, 1...9), &random) + pick(["", "", ".", ":", "—", ")"], &random)
    }

    static func paragraph(_ random: inout SplitMix) -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in
            capitalized(words(&random, 2...25), &random) + pick([".", ".", "!", "?", "…", ":", "”", ".\"", ""], &random)
        }.joined(separator: " ")
    }

    static func cjkParagraph(_ random: inout SplitMix) -> String {
        (0..<Int.random(in: 1...8, using: &random)).map { _ in pick(cjkRuns, &random) + pick(["。", "，", "！", "、"], &random) }.joined()
    }

    static func sourceLine(_ random: inout SplitMix) -> String {
        pick(["Source: ", "Sources - ", "SOURCE — ", "Photo: ", "Photo by ", "Image credit: ", "Credits: ", "Via ", "via: ",
              "According to ", "according to the ", "Read more: ", "Originally published in ", "(Source: ", "Photograph: ",
              "Sourcebook ", "Phototaxis is ", "This article first appeared in ", "Illustration: "], &random)
            + pick(["Reuters", "the New York Times", "AP, AFP", "Kathimerini)", "Wire. Another sentence. Here", "漢字新聞"], &random)
    }

    static func authorNote(_ random: inout SplitMix) -> String {
        pick(names, &random) + pick([" is a ", " was the ", " is ", " and Jo Roe are "], &random)
            + pick(["journalist", "freelance writer", "paper's editor", "reporter", "baker", "Correspondent"], &random)
            + " " + words(&random, 0...12) + "."
    }

    /// Random words from ``vocabulary``.
    static func words(_ random: inout SplitMix, _ count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pick(vocabulary, &random) }.joined(separator: " ")
    }

    /// `text` hard-wrapped at `width` characters.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func capitalized(_ text: String, _ random: inout SplitMix) -> String {
        Int.random(in: 0..<5, using: &random) == 0 ? text : text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Sometimes adds white space at the ends and a control or mark inside.
    static func decorate(_ line: String, _ random: inout SplitMix) -> String {
        var line = line
        if Int.random(in: 0..<6, using: &random) == 0 { line = pick(spaces, &random) + line }
        if Int.random(in: 0..<6, using: &random) == 0 { line += pick(spaces, &random) }
        if Int.random(in: 0..<10, using: &random) == 0 {
            let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
            line.insert(contentsOf: pick(controls, &random), at: at)
        }
        return line
    }

    static func pick<T>(_ items: [T], _ random: inout SplitMix) -> T {
        items.randomElement(using: &random)!
    }
}
