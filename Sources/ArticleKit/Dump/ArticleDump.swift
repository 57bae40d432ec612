/// Prints a document's structure as a readable outline or as JSON, for `folio dump` and tests.
///
/// Section text comes from the document's ``TextProjection`` (already
/// sanitized); metadata and headings pass through ``DisplaySanitizer`` here,
/// so neither output can carry a control character from the article.
public enum ArticleDump {
    /// A readable outline: title, byline, date, each section's heading with its
    /// paragraphs, sources, author note.
    public static func text(_ document: Document, displayTitle: String) -> String {
        let projection = TextProjection(document)
        let metadata = document.metadata
        var out: [String] = []
        out.append("# " + DisplaySanitizer.clean(metadata.title ?? displayTitle))
        if let byline = metadata.byline { out.append(DisplaySanitizer.clean(byline)) }
        if let date = metadata.date { out.append(DisplaySanitizer.clean(date)) }
        for section in projection.sections.dropLast() {
            out.append("")
            out.append("## " + (section.heading.map(DisplaySanitizer.clean) ?? "Lead"))
            var previous: BlockKind?
            for (paragraph, block) in zip(section.paragraphs, section.blocks) {
                let kind = document.blocks[block].kind
                // List items and table rows stay together, as in the reader.
                if !(kind == previous && (kind == .listItem || kind == .tableRow)) { out.append("") }
                out.append(outlineText(paragraph, block: document.blocks[block]))
                previous = kind
            }
        }
        let closing = ClosingText(document, projection)
        if !closing.sources.isEmpty {
            out.append("")
            out.append("## Sources")
            out += closing.sources.map { "- " + $0 }
        }
        if !closing.authorNote.isEmpty {
            out.append("")
            out.append("## About the author")
            for paragraph in closing.authorNote {
                out.append("")
                out.append(paragraph)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A paragraph as the outline shows it: list items with their marker and
    /// indent, quotes after "> ", code indented four spaces; other text as it is.
    static func outlineText(_ paragraph: String, block: Block) -> String {
        switch block.kind {
        case .listItem:
            String(repeating: "  ", count: max(0, block.level - 1)) + DisplaySanitizer.clean(block.marker) + " " + paragraph
        case .quote: "> " + paragraph
        case .code: paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        default: paragraph
        }
    }

    /// The document as JSON:
    /// `{"title", "byline", "dateline", "date", "siteName", "url", "format", "notice",
    /// "sections": [{"heading", "paragraphs": [string], "blocks": [block]}],
    /// "sources": [string], "authorNote": [string], "links": [{"text", "url"}]}`.
    ///
    /// `paragraphs` is the section's whole text, one string per block in
    /// reading order; `blocks` runs beside it, one object per paragraph:
    /// `{"kind", "role"}` plus `"level"` when it has one, `"marker"` for list
    /// items, `"cells"` for table rows, and `"runs"` (`{"text", "styles",
    /// "url"}`) when the block has inline styles. `dateline` is the older name
    /// of `date`, kept for scripts written against it.
    public static func json(_ document: Document) -> String {
        let projection = TextProjection(document)
        let clean = DisplaySanitizer.clean
        let metadata = document.metadata
        var size = 512
        for section in projection.sections {
            size += 64 + (section.heading?.utf8.count ?? 0)
            for paragraph in section.paragraphs { size += paragraph.utf8.count + 48 }
        }
        var out = JSONWriter(capacity: size + size / 16)
        out.raw("{\n  \"title\": ")
        out.optionalString(metadata.title.map(clean))
        out.raw(",\n  \"byline\": ")
        out.optionalString(metadata.byline.map(clean))
        out.raw(",\n  \"dateline\": ")
        out.optionalString(metadata.date.map(clean))
        out.raw(",\n  \"date\": ")
        out.optionalString(metadata.date.map(clean))
        out.raw(",\n  \"siteName\": ")
        out.optionalString(metadata.siteName.map(clean))
        out.raw(",\n  \"url\": ")
        out.optionalString(metadata.url.map(clean))
        out.raw(",\n  \"format\": ")
        out.string(metadata.format.rawValue)
        out.raw(",\n  \"notice\": ")
        out.optionalString(metadata.notice.map(clean))
        out.raw(",\n  \"sections\": [\n")
        for (index, section) in projection.sections.dropLast().enumerated() {
            if index > 0 { out.raw(",\n") }
            out.raw("    {\"heading\": ")
            out.optionalString(section.heading.map(clean))
            out.raw(", \"paragraphs\": ")
            out.stringArray(section.paragraphs)
            out.raw(", \"blocks\": [")
            for (number, block) in section.blocks.enumerated() {
                if number > 0 { out.raw(", ") }
                writeBlock(document.blocks[block], to: &out)
            }
            out.raw("]}")
        }
        let closing = ClosingText(document, projection)
        out.raw("\n  ],\n  \"sources\": ")
        out.stringArray(closing.sources)
        out.raw(",\n  \"authorNote\": ")
        out.stringArray(closing.authorNote)
        out.raw(",\n  \"links\": [")
        for (index, link) in DocumentLinks.all(in: document).enumerated() {
            out.raw(index == 0 ? "\n    {\"text\": " : ",\n    {\"text\": ")
            out.string(clean(link.text))
            out.raw(", \"url\": ")
            out.string(clean(link.url))
            out.raw("}")
        }
        out.raw(DocumentLinks.all(in: document).isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return out.text()
    }

    /// One block's kind, role and styling as a JSON object (its text is in `paragraphs`).
    private static func writeBlock(_ block: Block, to out: inout JSONWriter) {
        out.raw("{\"kind\": ")
        out.string(block.kind.name)
        out.raw(", \"role\": ")
        out.string(block.role.name)
        if block.level != 0 {
            out.raw(", \"level\": ")
            out.number(block.level)
        }
        if block.kind == .listItem {
            out.raw(", \"marker\": ")
            out.string(DisplaySanitizer.clean(block.marker))
        }
        if block.kind == .tableRow {
            out.raw(", \"cells\": ")
            out.stringArray(block.cells.map(DisplaySanitizer.clean))
        }
        if !block.spans.isEmpty {
            out.raw(", \"runs\": [")
            for (index, run) in block.runs.enumerated() {
                out.raw(index == 0 ? "{\"text\": " : ", {\"text\": ")
                out.string(DisplaySanitizer.clean(run.text))
                out.raw(", \"styles\": ")
                out.stringArray(run.styles.map(\.name))
                if let url = run.styles.lazy.compactMap(\.url).first {
                    out.raw(", \"url\": ")
                    out.string(DisplaySanitizer.clean(url))
                }
                out.raw("}")
            }
            out.raw("]")
        }
        out.raw("}")
    }
}

/// The closing section's text split by role: source lines, then the author note.
struct ClosingText {
    /// The source lines, sanitized.
    var sources: [String] = []
    /// The author-note paragraphs, sanitized.
    var authorNote: [String] = []

    /// Reads the closing section of `projection`.
    init(_ document: Document, _ projection: TextProjection) {
        guard let closing = projection.sections.last else { return }
        for (paragraph, block) in zip(closing.paragraphs, closing.blocks) {
            if document.blocks[block].role == .source { sources.append(paragraph) } else { authorNote.append(paragraph) }
        }
    }
}
