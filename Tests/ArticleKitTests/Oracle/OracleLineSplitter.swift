// Frozen copy of Sources/ArticleKit/Parsing/LineSplitter.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

/// Splits text into trimmed non-blank lines grouped into blank-separated blocks.
///
/// Works on UTF-8 bytes in one pass, so it is linear in the text size.
/// LF, CRLF and a lone CR all end a line. A line is blank when it has only
/// Unicode white space; trimming removes Unicode white space at both ends.
enum OracleLineSplitter {
    /// The non-blank lines of `text`, in order.
    static func lines(of text: String) -> [OracleSourceLine] {
        var result: [OracleSourceLine] = []
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
                result.append(OracleSourceLine(text: trimmed, block: block))
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
    static func trim(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            return line[line.endIndex...]
        }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
