/// Skipping the plain bytes of a JSON string eight at a time.
///
/// A byte is plain when a string may hold it as is and it means only itself:
/// printable ASCII other than `"` and `\`. Anything else (a quote, an escape,
/// a control character, the start of a multi-byte scalar) stops the skip,
/// and the caller reads that byte with all its checks.
enum PlainBytes {
    /// The index of the first byte at or after `start` that is not plain (`bytes.count` if none).
    @inline(__always)
    static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let stops = notPlain(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < bytes.count && isPlain(bytes[index]) { index += 1 }
        return index
    }

    /// Whether all eight bytes of `word` are plain.
    @inline(__always)
    static func isPlain(_ word: UInt64) -> Bool { notPlain(word) == 0 }

    /// The high bits of `word` (read little-endian) that mark a byte that is not plain.
    ///
    /// Zero when every byte is plain. Otherwise the lowest set bit is exact: it
    /// marks the first byte that is not plain. (A borrow can set a bit only
    /// above a byte that really stops the skip, never below it.)
    @inline(__always)
    static func notPlain(_ word: UInt64) -> UInt64 {
        let quotes = word ^ 0x2222_2222_2222_2222
        let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
        // Each term has a high bit set if and only if some byte qualifies: below
        // 0x20, zero after the xor (a `"` or a `\`), or 0x80 and up (the word itself).
        let control = (word &- 0x2020_2020_2020_2020) & ~word
        let quote = (quotes &- 0x0101_0101_0101_0101) & ~quotes
        let backslash = (backslashes &- 0x0101_0101_0101_0101) & ~backslashes
        return (control | quote | backslash | word) & 0x8080_8080_8080_8080
    }

    /// Whether `byte` is plain.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }
}
