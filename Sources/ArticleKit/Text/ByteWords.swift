/// Tests on eight bytes at once, so byte loops skip plain ASCII quickly.
///
/// Each test is exact when it says a word is plain; a word it flags is then
/// looked at byte by byte.
public enum ByteWords {
    /// The high bit of every byte.
    public static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// One in every byte.
    public static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset` of `base`, in memory order.
    @inlinable
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether every byte of `word` is ASCII (below 0x80).
    @inlinable
    public static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    /// Whether `word` may hold a byte below 0x20, DEL or a byte of 0x80 and up.
    @inlinable
    public static func mayHoldControlOrHigh(_ word: UInt64) -> Bool {
        let below = (word &- ones &* 0x20) & ~word & highBits
        let del = word ^ (ones &* 0x7F)
        let isDel = (del &- ones) & ~del & highBits
        return (word & highBits) | below | isDel != 0
    }
}
