/// What a cell is, for the terminal to turn into color or attributes.
///
/// The model never names colors: the terminal maps each role to a color pair
/// when it has colors, and to bold, reverse or underline when it has not
/// (or when NO_COLOR is set), so the screen reads the same on a monochrome terminal.
public enum Style: String, Equatable, Hashable, Sendable, CaseIterable {
    case normal
    case titleBar
    case statusBar
    case heading
    case outline
    case outlineFocused
    case separator
    case message
    case helpBorder
    case helpKey
    case helpText
    /// The sentence under the reading cursor.
    case cursor
    /// A kept highlight.
    case highlight
    /// A kept highlight under the reading cursor.
    case highlightCursor
    /// The text being selected.
    case selection
    /// A match of the last search.
    case searchMatch
    /// The match moved to last.
    case searchCurrent
    /// The selected entry of a list.
    case listSelected
    /// The caret of the note editor.
    case caret
    /// Strong text (`<strong>`, `**bold**`).
    case strong
    /// Emphasized text (`<em>`, `*italic*`).
    case emphasis
    /// Inline code and code blocks.
    case code
    /// A link's text.
    case link
    /// A link's number ("[3]") and other marks drawn beside the text (a quote bar, a cut mark).
    case mark
    /// Figure captions and image placeholders.
    case caption
    /// A table's header row.
    case tableHeader
}
