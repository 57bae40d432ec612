/// Splits text into trimmed non-blank lines grouped into blank-separated blocks.
///
/// Works on UTF-8 bytes in one pass, so it is linear in the text size.
/// LF, CRLF and a lone CR all end a line. A line is blank when it has only
/// Unicode white space; trimming removes Unicode white space at both ends.
enum LineSplitter {
    /// The non-blank lines of `text`, in order.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var block = 0
        var sawBlank = false
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        func finishLine(upTo end: String.Index) {
            let trimmed = trim(text[lineStart..<end])
            if trimmed.isEmpty {
                sawBlank = true
            } else {
                if sawBlank && !result.isEmpty { block += 1 }
                sawBlank = false
                result.append(SourceLine(text: trimmed, block: block))
            }
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                finishLine(upTo: index)
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A {
                    next = utf8.index(after: next)
                }
                index = next
                lineStart = next
            } else {
                index = utf8.index(after: index)
            }
        }
        finishLine(upTo: utf8.endIndex)
        return result
    }

    /// `line` without leading and trailing Unicode white space.
    ///
    /// Skips ASCII white space byte by byte; when that stops at a non-ASCII
    /// byte at either end, trims scalar by scalar instead.
    static func trim(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        guard let first = utf8.firstIndex(where: { !isASCIISpace($0) }) else { return line[line.endIndex...] }
        let last = utf8.lastIndex(where: { !isASCIISpace($0) })!
        if utf8[first] < 0x80 && utf8[last] < 0x80 {
            return line[first...last]
        }
        return trimScalars(line)
    }

    /// Whether a byte is ASCII white space (tab, LF, VT, FF, CR, space).
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// `line` without leading and trailing Unicode white space, scalar by scalar.
    static func trimScalars(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            return line[line.endIndex...]
        }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
