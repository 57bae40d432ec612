import ArticleKit

extension TextAccounting {
    /// Like ``problem(text:article:)``, but compares Unicode scalars, not characters.
    ///
    /// `problem` compares `Character`s, so it reports text as lost when a line
    /// starts with a combining mark (or another line ends with a prepended
    /// mark): joined into a paragraph, the mark fuses with the joining space
    /// into one grapheme cluster, and `" "` is no longer a prefix. The text is
    /// all there; only the cluster boundaries moved. Found by the article fuzzer
    /// (input: a line starting with U+FE0F U+0301). Used by the fuzzer and the
    /// randomized property tests.
    static func scalarProblem(text: String, article: Article) -> String? {
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
