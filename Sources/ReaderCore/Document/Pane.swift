import ArticleKit

/// One pane of the reader: the lead, one headed section (a question with its answer), or the closing notes.
public struct Pane: Equatable, Sendable {
    /// What part of the article the pane shows.
    public enum Kind: Equatable, Sendable {
        /// The paragraphs before the first heading.
        case lead
        /// A heading and its paragraphs; `number` counts headed sections from 1.
        case section(number: Int)
        /// Sources and the note about the author.
        case closing

        /// Whether this is a headed section (not the lead or the closing notes).
        public var isSection: Bool {
            if case .section = self { return true }
            return false
        }
    }

    /// What part of the article the pane shows.
    public var kind: Kind
    /// The heading shown above the text, already sanitized for display.
    public var heading: String
    /// The short name in the outline.
    public var outlineLabel: String
    /// The paragraphs, already sanitized for display.
    public var paragraphs: [String]
    /// The section of the document's ``TextProjection`` this pane shows (the
    /// numbering highlight anchors use: lead, headed sections, closing).
    public var sectionIndex: Int
    /// How each paragraph is drawn; empty when every paragraph is plain text.
    public var looks: [ParagraphLook] = []
    /// Whether the heading asks one of the article's questions (lists label it "Q3", else "§3").
    public var asksQuestion = true
    /// Scalar offset of each paragraph within the section body (paragraphs joined by "\n").
    public var paragraphOffsets: [Int]
    /// Creates a pane from a projected section's paragraphs and their body offsets.
    public init(kind: Kind, heading: String, outlineLabel: String, paragraphs: [String], offsets: [Int], sectionIndex: Int) {
        self.kind = kind
        self.heading = heading
        self.outlineLabel = outlineLabel
        self.paragraphs = paragraphs
        self.sectionIndex = sectionIndex
        self.paragraphOffsets = offsets
    }

    /// Creates a pane; paragraph offsets are computed from `paragraphs` (joined by `"\n"`).
    public init(kind: Kind, heading: String, outlineLabel: String, paragraphs: [String], sectionIndex: Int) {
        var offsets: [Int] = []
        var offset = 0
        for paragraph in paragraphs {
            offsets.append(offset)
            offset += UTF8Scalar.count(in: paragraph) + 1
        }
        self.init(kind: kind, heading: heading, outlineLabel: outlineLabel, paragraphs: paragraphs, offsets: offsets,
                  sectionIndex: sectionIndex)
    }

    /// How paragraph `index` is drawn.
    public func look(_ index: Int) -> ParagraphLook {
        looks.indices.contains(index) ? looks[index] : .plain
    }

    /// The pane's short name in lists: "Lead", "Q3" or "§3", "Sources".
    public var listLabel: String {
        switch kind {
        case .lead: "Lead"
        case .section(let number): (asksQuestion ? "Q" : "§") + String(number)
        case .closing: "Sources"
        }
    }

    /// Where the pane is in the article's own terms: "Lead", "Question 3 of 5", "Section 3 of 5", "Sources".
    public func placeLabel(sectionCount: Int) -> String {
        switch kind {
        case .lead: "Lead"
        case .section(let number): (asksQuestion ? "Question " : "Section ") + "\(number) of \(sectionCount)"
        case .closing: "Sources"
        }
    }

    /// The body offset of `place`.
    public func bodyOffset(_ place: TextPlace) -> Int {
        guard paragraphOffsets.indices.contains(place.paragraph) else { return 0 }
        return paragraphOffsets[place.paragraph] + place.offset
    }

    /// The place of body offset `offset` (the paragraph that contains it).
    public func place(ofBodyOffset offset: Int) -> TextPlace {
        guard !paragraphOffsets.isEmpty else { return TextPlace(paragraph: 0, offset: 0) }
        var paragraph = 0
        while paragraph + 1 < paragraphOffsets.count, paragraphOffsets[paragraph + 1] <= offset { paragraph += 1 }
        return TextPlace(paragraph: paragraph, offset: max(0, offset - paragraphOffsets[paragraph]))
    }
}
