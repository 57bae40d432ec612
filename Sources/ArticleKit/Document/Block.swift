/// One block of a document: a heading, a paragraph, a list item, a quote, a
/// code block, a table row, an image placeholder, a caption or a rule.
///
/// A block's ``text`` is its plain text exactly as the reader shows it before
/// sanitizing; inline styling lies over it as ``spans``. Plain text has no
/// spans, so its blocks cost no more than the strings themselves.
public struct Block: Sendable, Equatable {
    /// What kind of block this is.
    public var kind: BlockKind
    /// The part the block plays in the article (set by a format reader's rules).
    public var role: BlockRole
    /// The heading level (1-6), the list depth (1 for a top-level item), else 0.
    public var level: Int
    /// The block's plain text. A table row's cells are joined by " | "; a code
    /// block keeps its line breaks; an image is "[image: alt text]".
    public var text: String
    /// Inline styles over ``text``, in scalar offsets, sorted by start.
    public var spans: [InlineSpan]
    /// Extra strings a kind needs: a list item's marker ("•", "3."), a table
    /// row's cells, a code block's language; empty for most blocks.
    public var details: [String]

    /// Creates a block.
    public init(_ kind: BlockKind, role: BlockRole = .body, level: Int = 0, text: String,
                spans: [InlineSpan] = [], details: [String] = []) {
        self.kind = kind
        self.role = role
        self.level = level
        self.text = text
        self.spans = spans
        self.details = details
    }

    /// A list item's marker ("•" when the reader gave none).
    public var marker: String { kind == .listItem ? (details.first ?? "•") : "" }

    /// A table row's cells (the text split at " | " when the reader gave none).
    public var cells: [String] {
        guard kind == .tableRow else { return [] }
        return details.isEmpty ? text.split(separator: " | ", omittingEmptySubsequences: false).map(String.init) : details
    }

    /// The text as runs of one style each, in order; plain text is one run.
    public var runs: [InlineRun] { InlineRun.split(text, spans: spans) }
}

/// The kinds of block a document holds.
public enum BlockKind: UInt8, Sendable, Equatable, CaseIterable {
    case heading, paragraph, listItem, quote, code, tableRow, image, caption, rule

    /// The name used in `folio dump --format json`.
    public var name: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "listItem"
        case .quote: "quote"
        case .code: "code"
        case .tableRow: "tableRow"
        case .image: "image"
        case .caption: "caption"
        case .rule: "rule"
        }
    }
}

/// The part a block plays in the article; readers set it, panes follow it.
public enum BlockRole: UInt8, Sendable, Equatable, CaseIterable {
    /// Ordinary article text.
    case body
    /// A heading that asks one of the article's questions.
    case question
    /// A closing attribution line ("Source: Kathimerini").
    case source
    /// A paragraph about the author at the end.
    case authorNote

    /// The name used in `folio dump --format json`.
    public var name: String {
        switch self {
        case .body: "body"
        case .question: "question"
        case .source: "source"
        case .authorNote: "authorNote"
        }
    }

    /// Whether blocks of this role close the article (the sources and author pane).
    public var isClosing: Bool { self == .source || self == .authorNote }
}
