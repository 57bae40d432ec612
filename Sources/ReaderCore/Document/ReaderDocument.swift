import ArticleKit

/// An article arranged as the reader's panes, with every string made safe to draw.
public struct ReaderDocument: Equatable, Sendable {
    /// The title shown in the title bar.
    public var title: String
    /// The panes in reading order.
    public var panes: [Pane]

    /// Arranges a document as panes: the lead (when it has text), one per
    /// headed section, then sources and author note (when there are any).
    /// `projection` is the document's (built once by the caller and shared
    /// with the store, which anchors in the same text).
    public init(document: Document, projection: TextProjection, title: String) {
        self.title = DisplaySanitizer.clean(title)
        var panes: [Pane] = []
        let leadHeading = document.metadata.title.map(DisplaySanitizer.clean) ?? "Lead"
        var number = 0
        var linkCount = 0
        /// The looks of a section's paragraphs, or none when all are plain.
        func looks(_ section: TextProjection.Section) -> [ParagraphLook] {
            let plain = section.blocks.allSatisfy { document.blocks[$0].kind == .paragraph && document.blocks[$0].spans.isEmpty }
            if plain { return [] }
            return zip(section.paragraphs, section.blocks).map { paragraph, block in
                ParagraphLook.of(document.blocks[block], projected: paragraph, linkCount: &linkCount)
            }
        }
        for (index, section) in projection.sections.enumerated() {
            switch section.kind {
            case .lead:
                guard !section.paragraphs.isEmpty else { continue }
                var pane = Pane(kind: .lead, heading: leadHeading, outlineLabel: "Lead",
                                paragraphs: section.paragraphs, offsets: section.offsets, sectionIndex: index)
                pane.looks = looks(section)
                panes.append(pane)
            case .headed:
                number += 1
                let heading = DisplaySanitizer.clean(section.heading ?? "")
                var pane = Pane(kind: .section(number: number), heading: heading, outlineLabel: heading,
                                paragraphs: section.paragraphs, offsets: section.offsets, sectionIndex: index)
                pane.asksQuestion = document.sections[index].heading.map { document.blocks[$0].role == .question } ?? false
                pane.looks = looks(section)
                panes.append(pane)
            case .closing:
                guard !section.paragraphs.isEmpty else { continue }
                var pane = Pane(kind: .closing, heading: "Sources and author", outlineLabel: "Sources and author",
                                paragraphs: section.paragraphs, offsets: section.offsets, sectionIndex: index)
                pane.looks = looks(section)
                panes.append(pane)
            }
        }
        if panes.isEmpty {
            panes.append(Pane(kind: .lead, heading: leadHeading, outlineLabel: "Lead", paragraphs: [], sectionIndex: 0))
        }
        self.panes = panes
    }

    /// Arranges `document` as panes, projecting it first.
    public init(document: Document, title: String) {
        self.init(document: document, projection: TextProjection(document), title: title)
    }

    /// The index of the pane that shows section body `section`, if any.
    public func paneIndex(ofBody section: Int) -> Int? {
        panes.firstIndex { $0.sectionIndex == section }
    }

    /// The index of the pane that shows headed section `number` (counting from 1), if there is one.
    public func paneIndex(ofSection number: Int) -> Int? {
        panes.firstIndex { $0.kind == .section(number: number) }
    }
}
