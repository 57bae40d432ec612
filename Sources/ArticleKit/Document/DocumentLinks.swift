/// The links of a document in reading order, for `folio dump`, and later the links list.
public enum DocumentLinks {
    /// One link: its visible text and resolved URL, and the block it sits in.
    public struct Link: Sendable, Equatable {
        public var text: String
        public var url: String
        public var block: Int
    }

    /// Every link span of every block, in order.
    public static func all(in document: Document) -> [Link] {
        var links: [Link] = []
        for (index, block) in document.blocks.enumerated() where !block.spans.isEmpty {
            let scalars = Array(block.text.unicodeScalars)
            for span in block.spans {
                guard let url = span.style.url else { continue }
                let start = min(max(0, span.start), scalars.count), end = min(max(start, span.end), scalars.count)
                links.append(Link(text: String(String.UnicodeScalarView(scalars[start..<end])), url: url, block: index))
            }
        }
        return links
    }
}
