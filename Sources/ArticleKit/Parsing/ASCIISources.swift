/// The source-line rule, byte by byte, for lines of printable ASCII.
///
/// In such a line each byte is one `Character` and its width is its byte
/// count, and lower-casing changes only `A`-`Z`, so these steps give what
/// ``LineKinds/isSourceLine(_:)`` gives on the line's text.
enum ASCIISources {
    /// ``LineKinds/isSourceLine(_:)`` for a line of printable ASCII.
    static func isSourceLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first, line.count <= 150 else { return false }
        switch first | 0x20 {
        case 0x73, 0x70, 0x69, 0x63, 0x72, 0x61, 0x76, 0x6F, 0x66, 0x74, 0x28: break  // SsPpIiCcRrAaVvOoFfTt(
        default: return false
        }
        let head = UnsafeBufferPointer(rebasing: line[..<min(40, line.count)])  // `line.prefix(40).lowercased()`
        var from = 0
        while let match = colonPrefixes.firstMatch(head, from: from) {
            var rest = colonPrefixes.ends[match] - (match == 0 ? 0 : colonPrefixes.ends[match - 1])
            while rest < head.count, head[rest] == 0x20 { rest += 1 }
            if rest < head.count, head[rest] == 0x3A || head[rest] == 0x2D { return true }  // : or -
            if match == photo || match == image,
               byPrefix.firstMatch(UnsafeBufferPointer(rebasing: head[rest...])) != nil { return true }
            from = match + 1
        }
        if introducingPrefixes.firstMatch(head) != nil {
            return line.count <= 100 && ASCIILines.wordCount(line) <= 12 && !line.contains(0x2C)
                && !ASCIIHeadings.hasSeveralSentences(line)
        }
        return publishedPrefixes.firstMatch(head) != nil
    }

    static let colonPrefixes = PrefixTable(LineKinds.colonPrefixes)
    static let introducingPrefixes = PrefixTable(LineKinds.introducingPrefixes)
    static let publishedPrefixes = PrefixTable(LineKinds.publishedPrefixes)
    static let byPrefix = PrefixTable(["by "])
    /// The places of "photo" and "image" among ``LineKinds/colonPrefixes`` (a "by" may follow them).
    static let photo = LineKinds.colonPrefixes.firstIndex(of: "photo")!
    static let image = LineKinds.colonPrefixes.firstIndex(of: "image")!
}
