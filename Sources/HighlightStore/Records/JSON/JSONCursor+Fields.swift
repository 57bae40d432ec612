#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a member's value as the type a record field wants, skipping any other value.
extension JSONCursor {
    /// The value at the cursor if it is a string, else `.some(nil)` after skipping it; `nil` if invalid.
    ///
    /// With `shared`, equal values read before give the same string (see ``StringTable``).
    mutating func stringField(depth: Int, shared: Bool = false) -> String?? {
        skipWhitespace()
        if peek == UInt8(ascii: "\"") {
            guard let value = shared ? sharedString() : string() else { return nil }
            return .some(value)
        }
        return skipValue(depth: depth) ? .some(nil) : nil
    }

    /// ``stringField(depth:shared:)`` that returns `candidate` itself, without
    /// making a string, when the value's bytes spell it exactly.
    mutating func stringField(depth: Int, sameAs candidate: String?) -> String?? {
        skipWhitespace()
        guard let candidate, peek == UInt8(ascii: "\"") else { return stringField(depth: depth) }
        let start = index
        guard let span = stringSpan() else { return nil }
        if !span.hasEscapes, Self.spells(candidate, UnsafeBufferPointer(rebasing: bytes[span.range])) {
            return .some(candidate)
        }
        index = start
        return stringField(depth: depth)
    }

    /// The value at the cursor if it is a number with an integer value (see ``Number``),
    /// else `.some(nil)` after skipping it; `nil` if invalid.
    mutating func integerField(depth: Int) -> Int?? {
        skipWhitespace()
        if let byte = peek, byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard let value = number() else { return nil }
            return .some(value.integer)
        }
        return skipValue(depth: depth) ? .some(nil) : nil
    }

    /// Whether `string`'s UTF-8 is exactly `bytes` (one `memcmp` for a native string).
    static func spells(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return string.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, bytes.count) == 0 }
            ?? string.utf8.elementsEqual(bytes)
    }
}
