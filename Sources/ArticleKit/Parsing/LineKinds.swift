/// Rules that recognise what a single line is, from its text alone.
enum LineKinds {
    /// Whether the text could be a question heading: one short sentence that
    /// ends in `?` or `？`, does not open with a quote or a lower-case letter,
    /// optionally numbered ("1. Which lines ...?").
    static func isQuestionHeadingText(_ line: Substring) -> Bool {
        guard SentenceRules.endsWithQuestionMark(line), line.isShort(maxWidth: 120) else { return false }
        let body = withoutNumber(line)
        return looksLikeHeadingStart(body) && SentenceRules.wordCount(body) <= 20
            && !SentenceRules.hasSeveralSentences(body)
    }

    /// Last characters that keep a short line from being a stand-alone heading:
    /// sentence punctuation (ASCII and full-width), a trailing comma, colon or dash.
    static let nonHeadingEnds: [Character] = [".", "!", ",", ";", ":", "…", "-", "–", "—", "。", "！", "．", "，", "；", "：", "｡"]

    /// Whether the text could be a heading without a question mark: short, few
    /// words, no closing punctuation, not a source line, not quoted.
    static func isPlainHeadingText(_ line: Substring) -> Bool {
        guard line.isShort(maxWidth: 60) else { return false }
        let body = withoutNumber(line)
        guard looksLikeHeadingStart(body), SentenceRules.wordCount(body) <= 10 else { return false }
        if let last = body.last, LineKinds.nonHeadingEnds.contains(last) || SentenceRules.closers.contains(last) {
            return false
        }
        return !SentenceRules.hasSeveralSentences(body) && !isSourceLine(line) && !isByline(line)
    }

    /// Whether a line opens like a heading: a letter or digit first, upper case, no quote.
    static func looksLikeHeadingStart(_ line: Substring) -> Bool {
        guard let first = line.first, !SentenceRules.startsWithQuote(line) else { return false }
        guard first.isLetter || first.isNumber else { return false }
        return line.contains(where: \.isLetter) && !SentenceRules.startsLowercase(line)
    }

    /// The line without a leading "1. " or "2) " number.
    static func withoutNumber(_ line: Substring) -> Substring {
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count) else { return line }
        let rest = line[digits.endIndex...]
        guard let mark = rest.first, mark == "." || mark == ")" else { return line }
        let afterMark = rest.dropFirst()
        guard afterMark.first == " " else { return line }
        return afterMark.drop(while: { $0 == " " })
    }

    /// Whether the line is a closing attribution: "Source: X", "Sources: ...",
    /// "According to X", "Via X", "Photo: X", "Credit: X" and the like.
    static func isSourceLine(_ line: Substring) -> Bool {
        guard ASCIILines.mayStart(line, withOneOf: sourcePrefixes), let first = line.first, "SsPpIiCcRrAaVvOoFfTt(".contains(first), line.isShort(maxWidth: 150) else { return false }
        let lower = line.prefix(40).lowercased()
        for prefix in colonPrefixes where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).drop(while: { $0 == " " })
            if let mark = rest.first, mark == ":" || mark == "-" || mark == "–" || mark == "—" { return true }
            if prefix == "photo" || prefix == "image", rest.hasPrefix("by ") { return true }
        }
        for prefix in introducingPrefixes where lower.hasPrefix(prefix) {
            return line.isShort(maxWidth: 100) && SentenceRules.wordCount(line) <= 12
                && !line.contains(",") && !SentenceRules.hasSeveralSentences(line)
        }
        for prefix in publishedPrefixes where lower.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// Every way a source line can start (lower case), for a cheap first test.
    static let sourcePrefixes = PrefixTable(colonPrefixes + introducingPrefixes + publishedPrefixes)

    /// Source lines that start like this are judged on their length, words and sentences.
    static let introducingPrefixes = ["according to ", "via "]

    /// Source lines that start like this are source lines.
    static let publishedPrefixes = [
        "originally published", "first published", "this article was originally published", "this article first appeared", "(source",
    ]

    /// How a byline starts (lower case), for a cheap first test.
    static let bylinePrefixes = PrefixTable(["by ", "written by "])

    /// Words that name an attribution when followed by a colon or dash.
    static let colonPrefixes = [
        "sources", "source", "photos", "photo credit", "photograph", "photo", "images", "image credit",
        "image", "illustration", "credits", "credit", "read more", "via",
    ]

    /// Whether the line is a byline: "By" then names ("By Jane Doe and John Roe, Reuters").
    static func isByline(_ line: Substring) -> Bool {
        guard ASCIILines.mayStart(line, withOneOf: bylinePrefixes), let first = line.first, "BbWw".contains(first), line.isShort(maxWidth: 100) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 12, ["by", "written by"].contains(where: { line.lowercased().hasPrefix($0 + " ") }) else {
            return false
        }
        let names = words.dropFirst(line.lowercased().hasPrefix("written") ? 2 : 1)
        return names.allSatisfy { word in
            connectors.contains(word.lowercased().trimming(",")) || word.first.map { $0.isUppercase || !$0.isLetter } ?? true
        }
    }

    /// Lower-case words allowed between names in a byline.
    static let connectors: [String] = ["and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "bin", "al", "in", "for", "|"]

    /// Whether the line is a date: a month name and a number, or a numeric date.
    static func isDateline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 240, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), line.isShort(maxWidth: 60) else {
            return false
        }
        let plain = ASCIILines.withPlainBytes(line) { bytes in
            ASCIILines.wordCount(bytes) <= 8 && (ASCIILines.hasMonthName(bytes) || ASCIILines.hasNumericDate(bytes))
        }
        if let plain { return plain }
        guard SentenceRules.wordCount(line) <= 8 else { return false }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { months.contains(String($0)) }) { return true }
        return hasNumericDate(line)
    }

    /// Month names and their common abbreviations.
    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether the line holds a date like 2024-03-21, 21/03/2024 or 21.03.2024.
    static func hasNumericDate(_ line: Substring) -> Bool {
        let groups = line.split(whereSeparator: { !($0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/" || $0 == ".")) })
        return groups.contains { group in
            let parts = group.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && (1...4).contains($0.count) }
                && parts.contains { $0.count == 4 || $0.count == 2 }
        }
    }

    /// Whether the line opens an author note: "<Name> is a journalist ...",
    /// "<Name> is the paper's editor ...", or an "About the author" line.
    static func isAuthorIntro(_ line: Substring) -> Bool {
        if isAboutTheAuthor(line) { return true }
        let words = firstWords(line)
        guard let verb = words.prefix(6).firstIndex(where: { $0 == "is" || $0 == "was" }), verb >= 1 else { return false }
        let name = words[..<verb]
        guard name.allSatisfy({ connectors.contains($0) || $0.first?.isUppercase == true }) else { return false }
        let rest = words[(verb + 1)...].prefix(10)
        return rest.contains { word in
            let bare = word.lowercased().filter(\.isLetter)
            return roles.contains { bare.hasPrefix($0) }
        }
    }

    /// The first 24 space-separated words among the line's first 400 characters.
    ///
    /// When each of those characters is a single scalar (``SingleScalarClusters``),
    /// splitting the bytes at spaces is splitting the characters; a plain loop
    /// does it. Splitting by characters, or with `split` (whose generic result
    /// types the runtime builds metadata for), cost more than the rest of a
    /// short article's parse.
    static func firstWords(_ line: Substring) -> [String] {
        let simple = line.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var end = 0
            var characters = 0
            while end < bytes.count, characters < 400 {
                let (value, length) = UTF8Scalar.decode(bytes, at: end)
                guard value < 0x80 ? value != 0x0D : SingleScalarClusters.contains(value) else { return nil }
                end += length
                characters += 1
            }
            var words: [String] = []
            var index = 0
            while index < end, words.count < 24 {
                while index < end, bytes[index] == 0x20 { index += 1 }
                let start = index
                while index < end, bytes[index] != 0x20 { index += 1 }
                if index > start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
            }
            return words
        }
        if let words = simple ?? nil { return words }
        return line.prefix(400).split(separator: " ").prefix(24).map { String($0) }
    }

    /// Words that say someone writes for a living.
    static let roles = [
        "journalist", "reporter", "writer", "correspondent", "editor", "author", "columnist",
        "contributor", "freelance", "producer", "analyst", "blogger", "novelist", "photographer",
        "commentator", "critic", "newscaster", "anchor",
    ]

    /// Whether the line is an "About the author" label.
    ///
    /// Such a line is ASCII (no other character lower-cases to these letters),
    /// 16 to 40 bytes long, and its first byte after `:.- ` is `a` or `A`.
    static func isAboutTheAuthor(_ line: Substring) -> Bool {
        guard (16...40).contains(line.utf8.count), opensWithAbout(line.utf8) else { return false }
        let bare = line.lowercased().trimming(":.- ")
        return ["about the author", "about the authors", "about the writer", "about the reporter", "about the author(s)"].contains(bare)
    }

    /// Whether the bytes, after any leading ":", ".", "-" and spaces, open with "about "
    /// in any case, as every ``isAboutTheAuthor(_:)`` line does (a check on bytes, before any string is made).
    static func opensWithAbout<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let start = bytes.firstIndex(where: { $0 != 0x3A && $0 != 0x2E && $0 != 0x2D && $0 != 0x20 }) else { return false }
        return bytes[start...].prefix(6).lazy.map { $0 | 0x20 }.elementsEqual("about ".utf8)
    }
}

extension Substring {
    /// Whether the line is at most `maxWidth` columns (cheap for long lines).
    ///
    /// No character is wider than its UTF-8 bytes, so `maxWidth` bytes always fit.
    func isShort(maxWidth: Int) -> Bool {
        utf8.count <= maxWidth || (utf8.count <= maxWidth * 4 && DisplayWidth.of(self) <= maxWidth)
    }
}

extension StringProtocol {
    /// The string without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        let set = Array(characters)
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !set.contains($0) }).map { index(after: $0) } ?? endIndex
        return start < end ? String(self[start..<end]) : ""
    }
}
