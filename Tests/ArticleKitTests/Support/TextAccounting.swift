import ArticleKit

/// Checks that parsing lost no text: every non-blank input line, trimmed,
/// appears in exactly one place of the article, in order.
enum TextAccounting {
    /// The trimmed non-blank lines of `text` (any line endings).
    static func inputLines(_ text: String) -> [String] {
        text.unicodeScalars
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { line -> String in
                let scalars = Array(line)
                guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[first...last])
                return String(out)
            }
            .filter { !$0.isEmpty }
    }

    /// The article's strings in document order, after the header.
    static func bodyPieces(_ article: Article) -> [String] {
        var pieces: [String] = []
        for section in article.sections {
            if let heading = section.heading { pieces.append(heading) }
            pieces += section.paragraphs
        }
        return pieces + article.sources + article.authorNote
    }

    /// `nil` when every line is accounted for exactly once, else what went wrong.
    ///
    /// The header (title, byline, dateline) must be the first lines, in any
    /// order; after it each piece must be consecutive input lines joined by
    /// single spaces, and the pieces must use up all the lines.
    static func problem(text: String, article: Article) -> String? {
        let lines = inputLines(text)
        let header = [article.title, article.byline, article.dateline].compactMap { $0 }
        guard lines.count >= header.count else { return "fewer lines than header pieces" }
        if lines.prefix(header.count).sorted() != header.sorted() {
            return "header \(header) does not match first lines \(Array(lines.prefix(header.count)))"
        }
        var next = header.count
        for piece in bodyPieces(article) {
            guard !piece.isEmpty else { return "empty piece" }
            var rest = Substring(piece)
            var first = true
            while true {
                guard next < lines.count else { return "piece has text beyond the input: \(rest)" }
                if !first {
                    guard rest.hasPrefix(" ") else { return "pieces not joined with one space at: \(rest)" }
                    rest = rest.dropFirst()
                }
                guard rest.hasPrefix(lines[next]) else {
                    return "expected line \(next) «\(lines[next])» at start of «\(rest)»"
                }
                rest = rest.dropFirst(lines[next].count)
                next += 1
                first = false
                if rest.isEmpty { break }
            }
        }
        return next == lines.count ? nil : "lines not in the article: \(Array(lines[next...]))"
    }
}
