/// A run of blocks shown as one pane: the lead, a heading with its body, or the closing notes.
///
/// A document always has a lead first and a closing section last, either of
/// which may be empty; every heading block starts a section between them. The
/// closing section is the longest run of source and author-note blocks at the
/// end of the document. Section numbers are those of highlight anchors.
public struct DocumentSection: Sendable, Equatable {
    /// What part of the article a section is.
    public enum Kind: Sendable, Equatable {
        case lead, headed, closing
    }

    /// What part of the article this is.
    public var kind: Kind
    /// The index of the heading block, for a headed section.
    public var heading: Int?
    /// The indices of the body's blocks (after the heading).
    public var body: Range<Int>

    /// Creates a section.
    public init(kind: Kind, heading: Int?, body: Range<Int>) {
        self.kind = kind
        self.heading = heading
        self.body = body
    }

    /// Splits `blocks` into lead, headed sections and closing section.
    static func sections(of blocks: [Block]) -> [DocumentSection] {
        var closingStart = blocks.count
        while closingStart > 0, blocks[closingStart - 1].role.isClosing { closingStart -= 1 }
        var sections: [DocumentSection] = []
        var current = DocumentSection(kind: .lead, heading: nil, body: 0..<0)
        var index = 0
        while index < closingStart {
            if blocks[index].kind == .heading {
                current.body = current.body.lowerBound..<index
                sections.append(current)
                current = DocumentSection(kind: .headed, heading: index, body: (index + 1)..<(index + 1))
            }
            index += 1
        }
        current.body = current.body.lowerBound..<closingStart
        sections.append(current)
        sections.append(DocumentSection(kind: .closing, heading: nil, body: closingStart..<blocks.count))
        return sections
    }
}
