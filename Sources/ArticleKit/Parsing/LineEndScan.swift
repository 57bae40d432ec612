/// Eight bytes at a time through text that is printable ASCII (SWAR).
///
/// Each test below is exact for "every byte of the word is ..." (or "some
/// byte is ..."), which is all the scans need: words of printable ASCII are
/// skipped outright, and the word that holds anything else is left to the
/// caller's byte loop (a line end, a control, a UTF-8 sequence to check).
enum LineEndScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first eight-byte word from `start` that is not all
    /// printable ASCII (0x20 to 0x7E), or of the last few bytes; sixteen bytes a step.
    @inline(__always)
    static func skipPrintableWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = start
        while index + 16 <= count {
            let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            if (outsidePrintable(first) | outsidePrintable(second)) & highs != 0 { break }
            index += 16
        }
        while index + 8 <= count, isPrintable(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
            index += 8
        }
        return index
    }

    /// How many bytes at the start of `word` (its lowest bytes: load it with
    /// `UInt64(littleEndian:)`) are printable ASCII, up to 8. Exact: a borrow or
    /// carry only flags bytes above one that is flagged already.
    @inline(__always)
    static func printableBytes(atStartOf word: UInt64) -> Int {
        (outsidePrintable(word) & highs).trailingZeroBitCount >> 3
    }

    /// Whether every byte of `word` is printable ASCII (0x20 to 0x7E).
    @inline(__always)
    static func isPrintable(_ word: UInt64) -> Bool {
        outsidePrintable(word) & highs == 0
    }

    /// A word whose high bits (under ``highs``) are all clear exactly when every byte
    /// of `word` is 0x20 to 0x7E: a byte of 0x80 or more sets its own; below 0x20,
    /// subtracting 0x20 borrows into it; 0x7F plus one carries into it. A borrow or
    /// carry reaches the next byte only from a byte that is already flagged.
    @inline(__always)
    static func outsidePrintable(_ word: UInt64) -> UInt64 {
        word | (word &- ones &* 0x20) | (word &+ ones)
    }

    /// `index` moved over the whole eight-byte words of `base` in which `flags`
    /// marks no byte, to the first marked byte of the word that has one (the
    /// lowest flag is exact), or to where fewer than eight bytes are left.
    /// `flags` gets each word lowest byte first and sets the high bit of each byte
    /// it marks (``hasByte(_:_:)``, ``hasByte(below:_:)``, ``outsidePrintable(_:)``).
    @inline(__always)
    static func nextFlagged(_ base: UnsafeRawPointer, from index: Int, count: Int, flags: (UInt64) -> UInt64) -> Int {
        var index = index
        while index + 8 <= count {
            let look = flags(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))) & highs
            if look != 0 { return index + look.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// Nonzero when some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt64, _ word: UInt64) -> UInt64 {
        (word &- ones &* limit) & ~word & highs
    }

    /// Nonzero when some byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt64, _ word: UInt64) -> UInt64 {
        hasByte(below: 1, word ^ (ones &* byte))
    }
}
