/// Byte comparisons that ignore ASCII case, for the byte-level scans of HTML
/// (tag names, class and id hints, style declarations). Needles are lower case.
enum ASCIICase {
    /// The byte with ASCII capitals made small.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `needle` is written at `at` in `bytes`, in any case.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ needle: [UInt8]) -> Bool {
        guard at >= 0, at + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where folded(bytes[at + offset]) != needle[offset] { return false }
        return true
    }

    /// Whether `needle` occurs anywhere in `bytes`, in any case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where folded(bytes[start]) == first {
            if matches(bytes, at: start, needle) { return true }
        }
        return false
    }
}
