/// A strict, byte-level reader of one JSON text (RFC 8259), moved along by its parts.
///
/// The cursor never builds a tree: callers read the parts they want (object
/// keys, strings, numbers) and skip the rest. Every method returns `nil` or
/// `false` on input that is not valid JSON and leaves the cursor somewhere
/// undefined; the caller then gives up on the whole text. Nothing traps on
/// any input: indices are checked, numbers never overflow, nesting is capped.
struct JSONCursor {
    /// How deep arrays and objects may nest, counting the outermost one.
    ///
    /// The same limit as Foundation's JSONSerialization (512), so a line it
    /// read is still read; skipping recurses once per level, far from any stack limit.
    static let maximumDepth = 512

    /// The text being read.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The index of the next byte to read.
    var index: Int
    /// Unescaped string bytes, reused between strings that contain escapes.
    var scratch: [UInt8] = []
    /// Shared strings for values that repeat across lines (see ``sharedString()``).
    var table: StringTable?
    /// The key of the object member being read (see ``object(_:)``).
    var lastKey = StringSpan(range: 0..<0, hasEscapes: false)

    /// A cursor at the start of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, or `nil` at the end.
    @inline(__always)
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips JSON whitespace: space, tab, line feed, carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips whitespace, then reads `byte` if it comes next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Reads the literal `word` (`true`, `false`, `null`) at the cursor.
    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        index += count
        return true
    }
}
