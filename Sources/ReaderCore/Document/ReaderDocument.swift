import ArticleKit

/// An article arranged as the reader's panes, with every string made safe to draw.
public struct ReaderDocument: Equatable, Sendable {
    /// The title shown in the title bar.
    public var title: String
    /// The panes in reading order.
    public var panes: [Pane]

    /// Arranges `article` as panes: the lead (when it has text), one per question,
    /// then sources and author note (when there are any).
    public init(article: Article, title: String) {
        self.title = DisplaySanitizer.clean(title)
        var panes: [Pane] = []
        let lead = article.sections[0]
        let leadHeading = article.title.map(DisplaySanitizer.clean) ?? "Lead"
        if !lead.paragraphs.isEmpty {
            panes.append(Pane(
                kind: .lead, heading: leadHeading, outlineLabel: "Lead",
                paragraphs: lead.paragraphs.map(DisplaySanitizer.clean), sectionIndex: 0))
        }
        for (offset, section) in article.sections.enumerated().dropFirst() {
            let heading = DisplaySanitizer.clean(section.heading ?? "")
            panes.append(Pane(
                kind: .question(number: offset), heading: heading, outlineLabel: heading,
                paragraphs: section.paragraphs.map(DisplaySanitizer.clean), sectionIndex: offset))
        }
        let closing = article.sources + article.authorNote
        if !closing.isEmpty {
            panes.append(Pane(
                kind: .closing, heading: "Sources and author", outlineLabel: "Sources and author",
                paragraphs: closing.map(DisplaySanitizer.clean), sectionIndex: article.sections.count))
        }
        if panes.isEmpty {
            panes.append(Pane(kind: .lead, heading: leadHeading, outlineLabel: "Lead", paragraphs: [], sectionIndex: 0))
        }
        self.panes = panes
    }

    /// The index of the pane that shows section body `section`, if any.
    public func paneIndex(ofSection section: Int) -> Int? {
        panes.firstIndex { $0.sectionIndex == section }
    }

    /// The index of the pane that shows question `number` (counting from 1), if there is one.
    public func paneIndex(ofQuestion number: Int) -> Int? {
        panes.firstIndex { $0.kind == .question(number: number) }
    }
}
