// Frozen copy of Sources/ArticleKit/Parsing/LineKinds.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

/// Rules that recognise what a single line is, from its text alone.
enum OracleLineKinds {
    /// Whether the text could be a question heading: one short sentence that
    /// ends in `?` or `？`, does not open with a quote or a lower-case letter,
    /// optionally numbered ("1. Which lines ...?").
    static func isQuestionHeadingText(_ line: Substring) -> Bool {
        guard line.oracleIsShort(maxWidth: 120), OracleSentenceRules.endsWithQuestionMark(line) else { return false }
        let body = withoutNumber(line)
        return looksLikeHeadingStart(body) && OracleSentenceRules.wordCount(body) <= 20
            && !OracleSentenceRules.hasSeveralSentences(body)
    }

    /// Whether the text could be a heading without a question mark: short, few
    /// words, no closing punctuation, not a source line, not quoted.
    static func isPlainHeadingText(_ line: Substring) -> Bool {
        guard line.oracleIsShort(maxWidth: 60) else { return false }
        let body = withoutNumber(line)
        guard looksLikeHeadingStart(body), OracleSentenceRules.wordCount(body) <= 10 else { return false }
        if let last = body.last, [".", "!", ",", ";", ":", "…", "-", "–", "—", "。", "！", "．", "，", "；", "：", "｡"].contains(last) || OracleSentenceRules.closers.contains(last) {
            return false
        }
        return !OracleSentenceRules.hasSeveralSentences(body) && !isSourceLine(line) && !isByline(line)
    }

    /// Whether a line opens like a heading: a letter or digit first, upper case, no quote.
    static func looksLikeHeadingStart(_ line: Substring) -> Bool {
        guard let first = line.first, !OracleSentenceRules.startsWithQuote(line) else { return false }
        guard first.isLetter || first.isNumber else { return false }
        return line.contains(where: \.isLetter) && !OracleSentenceRules.startsLowercase(line)
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
        guard let first = line.first, "SsPpIiCcRrAaVvOoFfTt(".contains(first), line.oracleIsShort(maxWidth: 150) else { return false }
        let lower = line.prefix(40).lowercased()
        for prefix in colonPrefixes where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).drop(while: { $0 == " " })
            if let mark = rest.first, mark == ":" || mark == "-" || mark == "–" || mark == "—" { return true }
            if prefix == "photo" || prefix == "image", rest.hasPrefix("by ") { return true }
        }
        for prefix in ["according to ", "via "] where lower.hasPrefix(prefix) {
            return line.oracleIsShort(maxWidth: 100) && OracleSentenceRules.wordCount(line) <= 12
                && !line.contains(",") && !OracleSentenceRules.hasSeveralSentences(line)
        }
        for prefix in ["originally published", "first published", "this article was originally published",
                       "this article first appeared", "(source"] where lower.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// Words that name an attribution when followed by a colon or dash.
    static let colonPrefixes = [
        "sources", "source", "photos", "photo credit", "photograph", "photo", "images", "image credit",
        "image", "illustration", "credits", "credit", "read more", "via",
    ]

    /// Whether the line is a byline: "By" then names ("By Jane Doe and John Roe, Reuters").
    static func isByline(_ line: Substring) -> Bool {
        guard let first = line.first, "BbWw".contains(first), line.oracleIsShort(maxWidth: 100) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 12, ["by", "written by"].contains(where: { line.lowercased().hasPrefix($0 + " ") }) else {
            return false
        }
        let names = words.dropFirst(line.lowercased().hasPrefix("written") ? 2 : 1)
        return names.allSatisfy { word in
            connectors.contains(word.lowercased().oracleTrimming(",")) || word.first.map { $0.isUppercase || !$0.isLetter } ?? true
        }
    }

    /// Lower-case words allowed between names in a byline.
    static let connectors: Set<String> = ["and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "bin", "al", "in", "for", "|"]

    /// Whether the line is a date: a month name and a number, or a numeric date.
    static func isDateline(_ line: Substring) -> Bool {
        guard line.utf8.count <= 240, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), line.oracleIsShort(maxWidth: 60),
              OracleSentenceRules.wordCount(line) <= 8 else {
            return false
        }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { months.contains(String($0)) }) { return true }
        return hasNumericDate(line)
    }

    /// Month names and their common abbreviations.
    static let months: Set<String> = [
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
        let words = line.prefix(400).split(separator: " ").prefix(24).map { String($0) }
        guard let verb = words.prefix(6).firstIndex(where: { $0 == "is" || $0 == "was" }), verb >= 1 else { return false }
        let name = words[..<verb]
        guard name.allSatisfy({ connectors.contains($0) || $0.first?.isUppercase == true }) else { return false }
        let rest = words[(verb + 1)...].prefix(10)
        return rest.contains { word in
            let bare = word.lowercased().filter(\.isLetter)
            return roles.contains { bare.hasPrefix($0) }
        }
    }

    /// Words that say someone writes for a living.
    static let roles = [
        "journalist", "reporter", "writer", "correspondent", "editor", "author", "columnist",
        "contributor", "freelance", "producer", "analyst", "blogger", "novelist", "photographer",
        "commentator", "critic", "newscaster", "anchor",
    ]

    /// Whether the line is an "About the author" label.
    static func isAboutTheAuthor(_ line: Substring) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let bare = line.lowercased().oracleTrimming(":.- ")
        return ["about the author", "about the authors", "about the writer", "about the reporter", "about the author(s)"].contains(bare)
    }
}

extension Substring {
    /// Whether the line is at most `maxWidth` columns (cheap for long lines).
    func oracleIsShort(maxWidth: Int) -> Bool {
        utf8.count <= maxWidth * 4 && OracleDisplayWidth.of(self) <= maxWidth
    }
}

extension StringProtocol {
    /// The string without any of `characters` at either end.
    func oracleTrimming(_ characters: String) -> String {
        let set = Set(characters)
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !set.contains($0) }).map { index(after: $0) } ?? endIndex
        return start < end ? String(self[start..<end]) : ""
    }
}
