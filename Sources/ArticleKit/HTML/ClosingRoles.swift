/// Marks the blocks that close an article: the author note ("About the
/// author", or a last paragraph like "Jane Doe is a reporter for …") and
/// the source lines just before it ("Source: …", "Sources: …", "According to …").
///
/// These are the plain-text reader's line rules (``LineKinds``) applied to
/// whole blocks; the closing pane is the run of such blocks at the end.
enum ClosingRoles {
    /// Sets `.authorNote` and `.source` roles on the trailing blocks of `blocks`.
    static func assign(_ blocks: inout [Block]) {
        let count = blocks.count
        guard count > 1 else { return }
        let authorStart = authorNoteStart(blocks) ?? count
        for index in authorStart..<count where blocks[index].kind != .rule {
            blocks[index].role = .authorNote
            demoteHeading(&blocks[index])
        }
        var sourceStart = authorStart
        while sourceStart - 1 > 0, isSource(blocks[sourceStart - 1]) { sourceStart -= 1 }
        // "Sources" as a label over a list of them.
        if sourceStart == authorStart,
           let label = (max(1, authorStart - 12)..<authorStart).last(where: { isSourcesLabel(blocks[$0].text) }),
           blocks[(label + 1)..<authorStart].allSatisfy({ $0.kind == .listItem || $0.kind == .paragraph }) {
            sourceStart = label
        }
        for index in sourceStart..<authorStart {
            blocks[index].role = .source
            demoteHeading(&blocks[index])
        }
    }

    /// Where the author note starts: an "About the author" block among the last eight, or
    /// the earliest of the last three paragraphs that introduces the author; `nil` when none.
    static func authorNoteStart(_ blocks: [Block]) -> Int? {
        let earliest = max(1, blocks.count - 8)
        if let about = (earliest..<blocks.count).last(where: { LineKinds.isAboutTheAuthor(Substring(blocks[$0].text)) }) {
            return about
        }
        let paragraphs = (earliest..<blocks.count).filter { blocks[$0].kind == .paragraph }.suffix(3)
        guard let start = paragraphs.first(where: { LineKinds.isAuthorIntro(Substring(blocks[$0].text)) }) else { return nil }
        // Only text about the author may follow it.
        return blocks[start...].allSatisfy { $0.kind == .paragraph || $0.kind == .image || $0.kind == .rule } ? start : nil
    }

    /// Whether a block is a source line standing alone.
    static func isSource(_ block: Block) -> Bool {
        (block.kind == .paragraph || block.kind == .listItem || block.kind == .caption) && LineKinds.isSourceLine(Substring(block.text))
    }

    /// Whether the text is only "Source(s)" or "References", perhaps with a colon
    /// (a label is short: text over 100 bytes is not looked at).
    static func isSourcesLabel(_ text: String) -> Bool {
        text.utf8.count <= 100 && ["source", "sources", "references", "further reading"].contains(TitleMatching.normalized(text))
    }

    /// A heading in the closing pane becomes a strong paragraph (it starts no section).
    static func demoteHeading(_ block: inout Block) {
        guard block.kind == .heading else { return }
        block.kind = .paragraph
        block.level = 0
        block.spans = [InlineSpan(start: 0, end: block.text.unicodeScalars.count, style: .strong)]
    }
}
