import ArticleKit

/// Lays out one paragraph that is more than plain text: a list item with its
/// marker and hanging indent, a quote with its bar, a code block cut at the
/// edge instead of wrapped, and link numbers drawn after each link.
enum RichLines {
    /// The body lines of paragraph number `paragraph` (text `text`, drawn as `look`) at `width` columns.
    static func lines(of text: String, look: ParagraphLook, paragraph: Int, width: Int) -> [BodyLine] {
        switch look.kind {
        case .code:
            return codeLines(text, paragraph: paragraph, width: width)
        case .listItem:
            let indent = String(repeating: " ", count: 2 * max(0, look.level - 1))
            let marker = indent + look.marker + " "
            return wrapped(text, look: look, paragraph: paragraph, width: width,
                           first: marker, rest: String(repeating: " ", count: DisplayWidth.of(marker)))
        case .quote:
            return wrapped(text, look: look, paragraph: paragraph, width: width, first: "│ ", rest: "│ ")
        default:
            return wrapped(text, look: look, paragraph: paragraph, width: width, first: "", rest: "")
        }
    }

    /// Wraps text with link numbers inserted, after a first-line prefix and a prefix for the lines after.
    static func wrapped(_ text: String, look: ParagraphLook, paragraph: Int, width: Int, first: String, rest: String) -> [BodyLine] {
        let prefixWidth = max(DisplayWidth.of(first), DisplayWidth.of(rest))
        // Too narrow for a prefix: wrap without one.
        let usePrefix = width - prefixWidth >= 8
        let available = usePrefix ? width - prefixWidth : width
        let shown = LinkNumbers(text: text, links: look.links)
        var lines: [BodyLine] = []
        for (number, piece) in TextWrapper.wrap(shown.text, width: available).enumerated() {
            let prefix = usePrefix ? (number == 0 ? first : rest) : ""
            lines.append(BodyLine(text: piece.text, paragraph: paragraph,
                                  start: shown.source(piece.start), end: shown.source(piece.end), prefix: prefix,
                                  inserted: shown.inserted(in: piece.start..<piece.end)))
        }
        return lines
    }

    /// One line per line of code, cut at the edge (the last column then shows "›").
    static func codeLines(_ text: String, paragraph: Int, width: Int) -> [BodyLine] {
        let available = max(1, width - 2)
        var lines: [BodyLine] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            var shown = ""
            var used = 0
            var taken = 0
            var cut = false
            for character in line {
                let columns = DisplayWidth.of(character)
                if used + columns > available - (DisplayWidth.of(line) > available ? 1 : 0) { cut = true; break }
                shown.append(character)
                used += columns
                taken += character.unicodeScalars.count
            }
            lines.append(BodyLine(text: shown, paragraph: paragraph, start: offset, end: offset + taken, prefix: "  ", cut: cut))
            offset += count + 1
        }
        return lines
    }
}

/// A paragraph's text with each link's number ("[3]") inserted after it, and
/// the map from shown offsets back to the paragraph's.
struct LinkNumbers {
    /// The text as shown.
    let text: String
    /// Shown-scalar ranges that were inserted, in order.
    let insertions: [Range<Int>]

    /// Inserts the numbers of `links` into `text`.
    init(text: String, links: [ParagraphLook.NumberedLink]) {
        guard !links.isEmpty else {
            self.text = text
            self.insertions = []
            return
        }
        let scalars = Array(text.unicodeScalars)
        var shown = String.UnicodeScalarView()
        var insertions: [Range<Int>] = []
        var taken = 0
        var count = 0
        for link in links.sorted(by: { $0.end < $1.end }) {
            let end = min(max(taken, link.end), scalars.count)
            shown.append(contentsOf: scalars[taken..<end])
            count += end - taken
            taken = end
            let mark = "[\(link.number)]"
            shown.append(contentsOf: mark.unicodeScalars)
            insertions.append(count..<(count + mark.unicodeScalars.count))
            count += mark.unicodeScalars.count
        }
        shown.append(contentsOf: scalars[taken...])
        self.text = String(shown)
        self.insertions = insertions
    }

    /// The paragraph offset of shown offset `offset` (an inserted scalar maps to where it was inserted).
    func source(_ offset: Int) -> Int {
        var result = offset
        for range in insertions {
            if range.upperBound <= offset { result -= range.count } else if range.lowerBound < offset { result -= offset - range.lowerBound }
        }
        return result
    }

    /// The inserted ranges within shown `range`, relative to its start.
    func inserted(in range: Range<Int>) -> [Range<Int>] {
        insertions.compactMap { insertion in
            let lower = max(insertion.lowerBound, range.lowerBound), upper = min(insertion.upperBound, range.upperBound)
            return lower < upper ? (lower - range.lowerBound)..<(upper - range.lowerBound) : nil
        }
    }
}
