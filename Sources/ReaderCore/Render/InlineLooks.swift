import ArticleKit

/// Paints a paragraph's look over its drawn text: the style of its block kind,
/// then its inline styles (strong, emphasis, code, links) and link numbers.
///
/// Highlights, the cursor and a selection are painted after, over these.
enum InlineLooks {
    /// The style a whole paragraph of this look is drawn in before inline styles.
    static func baseStyle(_ look: ParagraphLook) -> Style {
        switch look.kind {
        case .code: .code
        case .image, .caption: .caption
        case .tableRow where look.level == 1: .tableHeader
        default: .normal
        }
    }

    /// The style an inline style is drawn in; a link wins over code, code over strong, strong over emphasis.
    static func style(of styles: [InlineStyle]) -> Style? {
        if styles.contains(where: { $0.url != nil }) { return .link }
        if styles.contains(.code) { return .code }
        if styles.contains(.strong) { return .strong }
        if styles.contains(.emphasis) { return .emphasis }
        return nil
    }

    /// Restyles the cells of one drawn line of a paragraph with spans or links.
    static func paint(_ line: BodyLine, look: ParagraphLook, row: Int, column: Int, into screen: inout Screen) {
        var offset = line.start
        var shown = 0
        var x = column
        for character in line.text {
            let width = DisplayWidth.of(character)
            let scalars = character.unicodeScalars.count
            if line.inserted.contains(where: { $0.contains(shown) }) {
                screen.fill(row: row, from: x, to: x + width, style: .mark)
            } else {
                let styles = look.spans.filter { $0.start <= offset && offset < $0.end }.map(\.style)
                if let style = style(of: styles) { screen.fill(row: row, from: x, to: x + width, style: style) }
                offset += scalars
            }
            shown += scalars
            x += width
        }
    }
}
