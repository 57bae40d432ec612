import ArticleKit

/// One pane of the reader: the lead, one question with its answer, or the closing notes.
public struct Pane: Equatable, Sendable {
    /// What part of the article the pane shows.
    public enum Kind: Equatable, Sendable {
        /// The paragraphs before the first heading.
        case lead
        /// A heading and its paragraphs; `number` counts from 1.
        case question(number: Int)
        /// Sources and the note about the author.
        case closing
    }

    /// What part of the article the pane shows.
    public var kind: Kind
    /// The heading shown above the text, already sanitized for display.
    public var heading: String
    /// The short name in the outline.
    public var outlineLabel: String
    /// The paragraphs, already sanitized for display.
    public var paragraphs: [String]
    /// The index in `Article.sections` this pane shows, or `nil` for the closing pane.
    public var sectionIndex: Int?
}
