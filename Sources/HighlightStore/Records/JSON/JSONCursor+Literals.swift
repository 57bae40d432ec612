#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the fixed parts of a line in one comparison, and integers written plainly.
extension JSONCursor {
    /// Reads `text` if the bytes at the cursor are exactly it (no whitespace skipped).
    @inline(__always)
    mutating func skip(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - index >= count, memcmp(bytes.baseAddress! + index, text.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }

    /// Reads an integer written as ``JSONLine`` writes one: an optional minus, then
    /// `0` or up to 18 digits without a leading zero (no whitespace skipped).
    ///
    /// `nil` for anything else, cursor unmoved; the digits may be followed by
    /// anything (the caller checks what comes next).
    @inline(__always)
    mutating func plainInteger() -> Int? {
        var position = index
        let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let first = position
        var value = 0
        while position < bytes.count && position - first < 18 {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            position += 1
        }
        let count = position - first
        guard count > 0, count == 1 || bytes[first] != UInt8(ascii: "0") else { return nil }
        index = position
        return negative ? -value : value
    }
}
