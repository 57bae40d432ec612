#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Skipping JSON values the reader does not need, checking them all the same.
extension JSONCursor {
    /// Reads any value at the cursor (after whitespace) without keeping it.
    ///
    /// `depth` is how many arrays and objects enclose the value; one more
    /// than ``maximumDepth`` makes the text invalid.
    mutating func skipValue(depth: Int) -> Bool {
        skipWhitespace()
        guard let byte = peek else { return false }
        switch byte {
        case UInt8(ascii: "\""):
            return stringSpan() != nil
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { return false }
            return object { cursor in cursor.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { return false }
            index += 1
            if consume(UInt8(ascii: "]")) { return true }
            repeat {
                guard skipValue(depth: depth + 1) else { return false }
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "]"))
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number() != nil
        }
    }

    /// Reads an object at the cursor (after whitespace), calling `member` after each key and colon.
    ///
    /// `member` reads the value and returns `false` if it is invalid. The key
    /// is in ``lastKey`` while `member` runs.
    mutating func object(_ member: (inout JSONCursor) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = stringSpan() else { return false }
            lastKey = key
            guard consume(UInt8(ascii: ":")), member(&self) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}"))
    }

    /// Whether the key of the member being read is `name` (after decoding its escapes).
    ///
    /// Inlined: a key of another length (most of them) is rejected in one comparison.
    @inline(__always)
    mutating func keyIs(_ name: StaticString) -> Bool {
        let key = lastKey
        let count = name.utf8CodeUnitCount
        guard !key.hasEscapes else { return escapedKeyIs(name) }
        guard key.range.count == count else { return false }
        return memcmp(bytes.baseAddress! + key.range.lowerBound, name.utf8Start, count) == 0
    }

    /// ``keyIs(_:)`` for a key with escapes: decodes it first.
    private mutating func escapedKeyIs(_ name: StaticString) -> Bool {
        let resume = index
        defer { index = resume }
        index = lastKey.range.lowerBound - 1
        guard let decoded = string() else { return false }
        return decoded.utf8.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
}
