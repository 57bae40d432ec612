/// A link of a pane: its number in the article, where its text is, its text and URL.
public struct PaneLink: Equatable, Sendable {
    /// The number shown after the link's text ("[3]"), counted across the article.
    public var number: Int
    /// The paragraph of the pane that holds it.
    public var paragraph: Int
    /// Its text, as scalar offsets in the paragraph.
    public var range: Range<Int>
    /// Its visible text.
    public var text: String
    /// Its resolved URL.
    public var url: String
}

extension Pane {
    /// The pane's links in reading order.
    public var links: [PaneLink] {
        var links: [PaneLink] = []
        for (paragraph, look) in looks.enumerated() where !look.links.isEmpty {
            let scalars = Array(paragraphs[paragraph].unicodeScalars)
            for link in look.links {
                let start = min(max(0, link.start), scalars.count), end = min(max(start, link.end), scalars.count)
                links.append(PaneLink(number: link.number, paragraph: paragraph, range: start..<end,
                                      text: String(String.UnicodeScalarView(scalars[start..<end])), url: link.url))
            }
        }
        return links
    }
}

extension ReaderDocument {
    /// The link numbered `number` and the pane that holds it.
    public func link(number: Int) -> (pane: Int, link: PaneLink)? {
        for (index, pane) in panes.enumerated() where pane.looks.contains(where: { $0.links.contains { $0.number == number } }) {
            if let link = pane.links.first(where: { $0.number == number }) { return (index, link) }
        }
        return nil
    }

    /// Whether any pane has a link.
    public var hasLinks: Bool {
        panes.contains { $0.looks.contains { !$0.links.isEmpty } }
    }
}
