// Invariants every format reader's document keeps, for the html and markdown
// fuzz targets (compiled into each by mk/fuzz.mk). A broken one calls fatalError.
import ArticleKit
import Foundation

/// Whether text is safe to send to a terminal: no C0 but newline, no DEL, C1 or bidi controls.
func isSafeForTerminal(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
        let v = scalar.value
        return v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
            && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
    }
}

/// Stops with the broken invariant and the start of the input.
func documentFailure(_ what: String, _ bytes: [UInt8]) -> Never {
    fatalError("document invariant broken: \(what)\ninput bytes: \(bytes.prefix(512))")
}

/// Checks a reader's document: sections cover the blocks in order, spans lie
/// within their text, the projection maps offsets both ways, and every output
/// (projection, dumps, display title) is safe for a terminal; the JSON dump parses.
func checkDocument(_ document: Document, bytes: [UInt8]) {
    let blocks = document.blocks
    var next = 0
    for section in document.sections {
        if let heading = section.heading {
            if heading != next || blocks[heading].kind != .heading { documentFailure("heading out of place", bytes) }
            next += 1
        }
        if section.body.lowerBound != next { documentFailure("sections leave a gap at block \(next)", bytes) }
        next = section.body.upperBound
    }
    if next != blocks.count { documentFailure("sections end at \(next) of \(blocks.count) blocks", bytes) }
    for block in blocks {
        let count = block.text.unicodeScalars.count
        for span in block.spans where !(0 <= span.start && span.start <= span.end && span.end <= count) {
            documentFailure("span \(span) outside a text of \(count) scalars", bytes)
        }
    }
    let projection = TextProjection(document)
    for (number, section) in projection.sections.enumerated() {
        for (paragraph, block) in zip(section.paragraphs, section.blocks) {
            if !isSafeForTerminal(paragraph.replacingOccurrences(of: "\n", with: " ")) {
                documentFailure("unsafe projected text", bytes)
            }
            guard let place = projection.location(block: block, offset: 0),
                  place.section == number, let back = projection.block(section: number, offset: place.offset),
                  back.block == block, back.offset == 0 else {
                documentFailure("projection does not map block \(block) both ways", bytes)
            }
        }
    }
    let title = DisplayTitle.make(for: document, path: nil)
    if title.isEmpty || title.contains("\n") || !isSafeForTerminal(title) { documentFailure("bad display title", bytes) }
    if !isSafeForTerminal(ArticleDump.text(document, displayTitle: title)) { documentFailure("unsafe text dump", bytes) }
    let json = ArticleDump.json(document)
    if !isSafeForTerminal(json) { documentFailure("unsafe JSON dump", bytes) }
    if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil { documentFailure("JSON dump does not parse", bytes) }
}
