/// Cuts pathological element nesting out of raw HTML before libxml2 parses it.
///
/// libxml2's HTML parser keeps a stack of open elements (and so does the tree
/// builder, one frame each), and a hostile page can open elements without end
/// (`<span><div>` 50,000 times). Real pages nest well under a hundred deep, so
/// this scan counts open elements roughly (start tags of
/// elements that do not close themselves, minus end tags) and, past
/// ``maxOpen``, drops further start tags and as many matching end tags. Pages
/// that never get that deep come back unchanged (the same array).
enum DepthLimiter {
    /// The nesting past which start tags are dropped.
    static let maxOpen = 400

    /// `bytes` with start tags dropped past ``maxOpen`` open elements.
    static func limited(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > maxOpen * 4, let cut = firstCut(bytes) else { return bytes }
        return rewrite(bytes, from: cut)
    }

    /// Where the first start tag past the limit begins, or `nil` when nesting stays under it.
    static func firstCut(_ bytes: [UInt8]) -> Int? {
        var open = 0
        var index = 0
        while let tag = nextTag(bytes, from: index) {
            index = tag.end
            if tag.isEnd { open = max(0, open - 1); continue }
            guard countsAsOpen(bytes, tag) else { continue }
            open += 1
            if open > maxOpen { return tag.start }
        }
        return nil
    }

    /// Copies `bytes`, dropping start tags (and their end tags) that would nest past the limit, from `start` on.
    static func rewrite(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var out = Array(bytes[..<start])
        out.reserveCapacity(bytes.count)
        var open = maxOpen
        var dropped: [[UInt8]: Int] = [:]
        var index = start
        var copied = start
        while let tag = nextTag(bytes, from: index) {
            index = tag.end
            let name = tag.name(in: bytes)
            if tag.isEnd {
                if let count = dropped[name], count > 0 {
                    out.append(contentsOf: bytes[copied..<tag.start])
                    copied = tag.end
                    dropped[name] = count - 1
                } else {
                    open = max(0, open - 1)
                }
                continue
            }
            guard countsAsOpen(bytes, tag) else { continue }
            if open >= maxOpen {
                out.append(contentsOf: bytes[copied..<tag.start])
                copied = tag.end
                dropped[name, default: 0] += 1
            } else {
                open += 1
            }
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// Whether a start tag opens an element that stays open until closed (its name is
    /// compared in place, in any case: this runs for every tag of every page).
    static func countsAsOpen(_ bytes: [UInt8], _ tag: Tag) -> Bool {
        let length = tag.nameEnd - tag.nameStart
        return bytes.withUnsafeBufferPointer { input in
            !selfClosing.contains { $0.count == length && ASCIICase.matches(input, at: tag.nameStart, $0) }
        }
    }

    /// Void elements and elements closed by their next sibling, which do not deepen a page.
    static let selfClosing: [[UInt8]] = ([
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "html", "head", "body",
        "script", "style",
    ] as [String]).map { Array($0.utf8) }

    /// One tag found by ``nextTag(_:from:)``.
    struct Tag {
        /// Offset of `<`.
        var start: Int
        /// Offset just past `>` (or the end of the input).
        var end: Int
        /// Where the name starts (just past `<` or `</`).
        var nameStart: Int
        /// Just past the name's last byte.
        var nameEnd: Int
        /// Whether it is an end tag.
        var isEnd: Bool

        /// The lower-case name bytes.
        func name(in bytes: [UInt8]) -> [UInt8] {
            bytes[nameStart..<nameEnd].map(ASCIICase.folded)
        }
    }

    /// The next tag at or after `from`: `<` then a letter (or `/` and a letter); comments are skipped.
    static func nextTag(_ bytes: [UInt8], from: Int) -> Tag? {
        var index = from
        let count = bytes.count
        while let open = bytes.withUnsafeBufferPointer({ InertContent.nextOpen($0, from: index) }) {
            index = open
            let start = index
            var cursor = index + 1
            if cursor + 2 < count, bytes[cursor] == 0x21, bytes[cursor + 1] == 0x2D, bytes[cursor + 2] == 0x2D {
                index = bytes.withUnsafeBufferPointer { InertContent.endOfComment($0, from: cursor + 3) }
                continue
            }
            let isEnd = cursor < count && bytes[cursor] == 0x2F
            if isEnd { cursor += 1 }
            guard cursor < count, ASCIILines.isLetter(bytes[cursor]) else { index += 1; continue }
            let nameStart = cursor
            while cursor < count, ASCIILines.isLetter(bytes[cursor]) || ASCIILines.isDigit(bytes[cursor]) || bytes[cursor] == 0x2D {
                cursor += 1
            }
            let nameEnd = cursor
            while cursor < count, bytes[cursor] != 0x3E { cursor += 1 }
            return Tag(start: start, end: min(count, cursor + 1), nameStart: nameStart, nameEnd: nameEnd, isEnd: isEnd)
        }
        return nil
    }
}
