/// Splits text into trimmed non-blank lines grouped into blank-separated blocks.
///
/// Works on the text's UTF-8 bytes through a pointer in one pass that also
/// checks the encoding, so it is linear in the text size and makes no string
/// at all (a line is a byte range). LF, CRLF and a lone CR all end a line. A
/// line is blank when it has only Unicode white space; trimming removes
/// Unicode white space at both ends. The scan goes sixteen bytes at a time
/// through printable ASCII (``LineEndScan``) and checks runs of other bytes
/// with ``UTF8Validation``; a line of printable ASCII gets its width (its byte
/// count) from it, any other line a lower bound (its printable ASCII bytes).
enum LineSplitter {
    /// The non-blank lines of `bytes`, in order, or `nil` when `bytes` is not valid
    /// UTF-8 (CR may be in it): the one pass that finds line ends also checks the encoding.
    ///
    /// The lines point into `bytes`, so they are valid only as long as it is. A
    /// line's width is measured once the next line shows whether it is inner
    /// (see ``SourceLine/width``).
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine]? {
        guard let base = bytes.baseAddress else { return [] }
        var result: [SourceLine] = []
        // Room for lines of 64 bytes on average, so a long text's array rarely grows (each
        // growth copies it into fresh pages); room never used is never touched.
        result.reserveCapacity(bytes.count / 64 + 8)
        var block = 0
        var sawBlank = false
        let count = bytes.count
        var lineStart = 0
        var index = 0
        while lineStart <= count {
            // Find the line end, checking UTF-8; note whether every byte is printable ASCII, or at least ASCII.
            var printable = true
            var ascii = true
            var others = 0  // bytes that are not printable ASCII
            var ideographs = 0  // some of the scalars U+4000–U+9FFF (see UTF8Validation.skipSequences)
            index = lineStart
            scan: while true {
                index = LineEndScan.skipPrintableWords(bytes, from: index)
                if index + 8 <= count {  // straight to the word's first byte that is not printable ASCII
                    index += LineEndScan.printableBytes(atStartOf: UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                }
                guard index < count else { break scan }
                let byte = base[index]
                if byte < 0x80 {
                    if byte &- 0x20 < 0x5F { index += 1; continue scan }
                    if byte == 0x0A || byte == 0x0D { break scan }
                    printable = false
                    others += 1
                    index += 1
                    continue scan
                }
                printable = false
                ascii = false
                guard let next = UTF8Validation.skipSequences(base, from: index, count: count, ideographs: &ideographs) else {
                    return nil
                }
                others += next - index
                index = next
            }
            let end = index
            var first = lineStart
            while first < end, isASCIISpace(bytes[first]) { first += 1 }
            if first == end {
                sawBlank = true
            } else {
                var last = end - 1
                while isASCIISpace(bytes[last]) { last -= 1 }
                var lower = first
                var upper = last + 1
                if bytes[first] >= 0x80 || bytes[last] >= 0x80 {
                    (lower, upper) = trimScalars(bytes, lower, upper)
                }
                if lower < upper {
                    if sawBlank && !result.isEmpty { block += 1 }
                    sawBlank = false
                    if let previous = result.indices.last {
                        result[previous].measure(inner: result[previous].block == block)
                    }
                    // Each printable ASCII byte and each scalar U+4000–U+9FFF is a cluster of its own
                    // of width 1 or more, so those the trimmed line surely has bound its width from
                    // below (trimming drops white space only, never one of those scalars).
                    let printableBytes = end - lineStart - others - (lower - lineStart) - (end - upper)
                    result.append(SourceLine(
                        block: block, bytes: UnsafeBufferPointer(rebasing: bytes[lower..<upper]),
                        isASCII: ascii, isPrintableASCII: printable, minimumWidth: printableBytes + ideographs))
                } else {
                    sawBlank = true
                }
            }
            guard index < count else { break }
            var next = index + 1
            if bytes[index] == 0x0D, next < count, bytes[next] == 0x0A { next += 1 }
            lineStart = next
        }
        if let last = result.indices.last { result[last].measure(inner: false) }
        return result
    }

    /// The offsets of `bytes[lower..<upper]` (valid UTF-8) without leading and
    /// trailing Unicode white space, scalar by scalar.
    static func trimScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> (Int, Int) {
        var lower = lower
        var upper = upper
        while lower < upper {
            let (value, length) = UTF8Scalar.decode(bytes, at: lower)
            guard WhiteSpace.contains(value) else { break }
            lower += length
        }
        while upper > lower {
            var start = upper - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard WhiteSpace.contains(UTF8Scalar.decode(bytes, at: start).value) else { break }
            upper = start
        }
        return (lower, upper)
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
