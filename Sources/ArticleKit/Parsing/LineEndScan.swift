/// Eight bytes at a time through a line that has no line end in them (SWAR).
///
/// Each test below is exact for "some byte of the word is ...", which is all
/// the scan needs: words of printable ASCII are skipped outright, other words
/// without LF or CR are skipped after noting what they hold, and the word
/// where a line may end is left to the caller's byte loop.
enum LineEndScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset where the byte loop must take over, from `start`; clears
    /// `printable` when a skipped byte is not printable ASCII and `ascii` when one is not ASCII.
    @inline(__always)
    static func skipWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, printable: inout Bool, ascii: inout Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let high = word & highs
            if high | hasByte(below: 0x20, word) | hasByte(0x7F, word) == 0 {
                index += 8
                continue
            }
            if hasByte(0x0A, word) | hasByte(0x0D, word) != 0 { break }
            printable = false
            if high != 0 { ascii = false }
            index += 8
        }
        return index
    }

    /// The offset of the first eight-byte word from `start` that is not all
    /// printable ASCII (0x20 to 0x7E), or of the last few bytes.
    @inline(__always)
    static func skipPrintableWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & highs | hasByte(below: 0x20, word) | hasByte(0x7F, word) != 0 { break }
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
