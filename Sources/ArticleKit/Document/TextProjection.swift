/// The text of a document as the reader shows it and highlights anchor in it:
/// the sanitized plain text of each block, grouped by section.
///
/// This is the one place section text is built. A section's body is the text
/// of its blocks (rules left out) joined by `"\n"`; offsets into a body count
/// Unicode scalars. Anchors, the article's fingerprint, panes, wrapping, and
/// later search and link hit-testing all read the document through it.
public struct TextProjection: Sendable, Equatable {
    /// One section's projected text.
    public struct Section: Sendable, Equatable {
        /// What part of the article the section is.
        public var kind: DocumentSection.Kind
        /// The heading as the document holds it (not sanitized), or `nil`.
        public var heading: String?
        /// The sanitized text of each projected block.
        public var paragraphs: [String]
        /// The document block each paragraph came from.
        public var blocks: [Int]
        /// Scalar offset of each paragraph within the body (paragraphs joined by `"\n"`).
        public var offsets: [Int]

        /// The body: paragraphs joined by `"\n"`.
        public var body: String { paragraphs.joined(separator: "\n") }

        /// The paragraph that holds body offset `offset`, and the offset within it.
        public func paragraph(atBodyOffset offset: Int) -> (paragraph: Int, offset: Int) {
            guard !offsets.isEmpty else { return (0, 0) }
            var low = 0, high = offsets.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if offsets[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return (low, max(0, offset - offsets[low]))
        }
    }

    /// The sections: the document's sections in order, the closing one last.
    public let sections: [Section]

    /// Projects `document`.
    public init(_ document: Document) {
        sections = document.sections.map { section in
            var paragraphs: [String] = []
            var blocks: [Int] = []
            var offsets: [Int] = []
            paragraphs.reserveCapacity(section.body.count)
            blocks.reserveCapacity(section.body.count)
            offsets.reserveCapacity(section.body.count)
            var offset = 0
            for index in section.body where document.blocks[index].kind != .rule {
                let text = DisplaySanitizer.clean(document.blocks[index].text)
                paragraphs.append(text)
                blocks.append(index)
                offsets.append(offset)
                offset += UTF8Scalar.count(in: text) + 1
            }
            return Section(kind: section.kind, heading: document.heading(of: section),
                           paragraphs: paragraphs, blocks: blocks, offsets: offsets)
        }
    }

    /// Where offset `offset` of block `block` lies: its section and body offset,
    /// or `nil` for a heading or a block that is not projected.
    public func location(block: Int, offset: Int) -> (section: Int, offset: Int)? {
        for (number, section) in sections.enumerated() {
            guard let first = section.blocks.first, let last = section.blocks.last, first <= block, block <= last else { continue }
            var low = 0, high = section.blocks.count - 1
            while low < high {
                let middle = (low + high) / 2
                if section.blocks[middle] < block { low = middle + 1 } else { high = middle }
            }
            guard section.blocks[low] == block else { return nil }
            return (number, section.offsets[low] + offset)
        }
        return nil
    }

    /// The block and offset within it that body offset `offset` of `section` falls in.
    public func block(section: Int, offset: Int) -> (block: Int, offset: Int)? {
        guard sections.indices.contains(section), !sections[section].blocks.isEmpty else { return nil }
        let place = sections[section].paragraph(atBodyOffset: offset)
        return (sections[section].blocks[place.paragraph], place.offset)
    }

    /// Every line of projected text in reading order (each heading, then each
    /// paragraph), for the article's fingerprint.
    public var lines: [String] {
        var out: [String] = []
        for section in sections {
            if let heading = section.heading { out.append(DisplaySanitizer.clean(heading)) }
            out.append(contentsOf: section.paragraphs)
        }
        return out
    }
}
