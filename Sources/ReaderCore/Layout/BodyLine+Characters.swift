import ArticleKit

extension BodyLine {
    /// Visits each character of the drawn text in order: its column (from 0 at the
    /// text's start), its width, its scalar offset in the paragraph (`nil` for an
    /// inserted link number) and how many scalars it spans.
    ///
    /// The one walk that ties columns to text: marks are painted and mouse clicks are placed with it.
    func forEachCharacter(_ visit: (_ column: Int, _ width: Int, _ offset: Int?, _ scalars: Int) -> Void) {
        var column = 0
        var offset = start
        var shown = 0
        func step(width: Int, scalars: Int) {
            if !inserted.isEmpty, inserted.contains(where: { $0.contains(shown) }) {
                visit(column, width, nil, scalars)
            } else {
                visit(column, width, offset, scalars)
                offset += scalars
            }
            shown += scalars
            column += width
        }
        if SingleScalarClusters.holdsOnly(text) {
            // Every scalar is a character of its own: no grapheme breaking needed.
            for scalar in text.unicodeScalars { step(width: DisplayWidth.of(scalar), scalars: 1) }
        } else {
            for character in text { step(width: DisplayWidth.of(character), scalars: character.unicodeScalars.count) }
        }
    }

    /// The paragraph offset of the character drawn at `column` of the text (past the
    /// end: the line's end; on a link number: the character before it).
    func offset(atColumn target: Int) -> Int {
        var found: Int?
        var last = start
        forEachCharacter { column, width, offset, scalars in
            guard found == nil else { return }
            if let offset { last = offset }
            if target < column + width { found = offset ?? last }
        }
        return found ?? end
    }
}
