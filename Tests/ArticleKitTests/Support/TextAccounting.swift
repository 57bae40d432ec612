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
    ///
    /// Compares Unicode scalars, not characters: a line that starts with a
    /// combining mark fuses with the joining space into one grapheme cluster,
    /// so a character comparison would report text as lost that is all there
    /// (found by the article fuzzer: a line starting with U+FE0F U+0301).
    static func problem(text: String, article: Article) -> String? {
        let lines = inputLines(text).map { Array($0.unicodeScalars) }
        let header = [article.title, article.byline, article.dateline].compactMap { $0 }.map { Array($0.unicodeScalars) }
        guard lines.count >= header.count else { return "fewer lines than header pieces" }
        let order = { (a: [Unicode.Scalar], b: [Unicode.Scalar]) in a.lexicographicallyPrecedes(b) { $0.value < $1.value } }
        if lines.prefix(header.count).sorted(by: order) != header.sorted(by: order) {
            return "header does not match the first lines"
        }
        var next = header.count
        for piece in bodyPieces(article) {
            guard !piece.isEmpty else { return "empty piece" }
            let scalars = Array(piece.unicodeScalars)
            var rest = scalars[...]
            var first = true
            while true {
                guard next < lines.count else { return "piece has text beyond the input: \(String(String.UnicodeScalarView(rest)))" }
                if !first {
                    guard rest.first == " " else { return "pieces not joined with one space at: \(String(String.UnicodeScalarView(rest)))" }
                    rest = rest.dropFirst()
                }
                guard rest.starts(with: lines[next]) else {
                    return "expected line \(next) «\(String(String.UnicodeScalarView(lines[next])))» at start of «\(String(String.UnicodeScalarView(rest)))»"
                }
                rest = rest.dropFirst(lines[next].count)
                next += 1
                first = false
                if rest.isEmpty { break }
            }
        }
        return next == lines.count ? nil : "\(lines.count - next) lines not in the article"
    }
}
