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
        let letter = first | 0x20
        for (prefix, name) in zip(colonPrefixBytes, LineKinds.colonPrefixes) where prefix[0] == letter && hasLowercasedPrefix(head, prefix) {
            var rest = prefix.count
            while rest < head.count, head[rest] == 0x20 { rest += 1 }
            if rest < head.count, head[rest] == 0x3A || head[rest] == 0x2D { return true }  // : or -
            if name == "photo" || name == "image",
               hasLowercasedPrefix(UnsafeBufferPointer(rebasing: head[rest...]), byBytes) { return true }
        }
        for prefix in introducingPrefixBytes where prefix[0] == letter && hasLowercasedPrefix(head, prefix) {
            return line.count <= 100 && ASCIILines.wordCount(line) <= 12 && !line.contains(0x2C)
                && !ASCIIHeadings.hasSeveralSentences(line)
        }
        return publishedPrefixBytes.contains { $0[0] == letter && hasLowercasedPrefix(head, $0) }
    }

    /// Whether `bytes`, lower-cased, start with `prefix` (lower-case ASCII).
    static func hasLowercasedPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count, bytes[0] | 0x20 == prefix[0] | 0x20 else { return false }
        for index in prefix.indices {
            let byte = bytes[index]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != prefix[index] { return false }
        }
        return true
    }

    static let colonPrefixBytes = LineKinds.colonPrefixes.map { Array($0.utf8) }
    static let introducingPrefixBytes = [Array("according to ".utf8), Array("via ".utf8)]
    static let publishedPrefixBytes = ["originally published", "first published", "this article was originally published",
                                       "this article first appeared", "(source"].map { Array($0.utf8) }
    static let byBytes = Array("by ".utf8)
}
