/// Lower-case ASCII prefixes packed into one byte array, so a line's start is tested
/// against all of them with no array (and no reference count) per prefix.
struct PrefixTable: Sendable {
    /// Every prefix's bytes, one after another.
    let bytes: [UInt8]
    /// Where each prefix ends in ``bytes`` (it starts where the one before ends).
    let ends: [Int]
    /// Each prefix's first byte, the quick test.
    let firsts: [UInt8]

    /// A table of `prefixes`, in order (lower-case ASCII, none empty).
    init(_ prefixes: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for prefix in prefixes {
            bytes += prefix.utf8
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
        firsts = prefixes.map { $0.utf8.first! }
    }

    /// The number of prefixes.
    var count: Int { ends.count }

    /// The index of the first prefix from `start` that `line`, lower-cased (A-Z only), starts with.
    func firstMatch(_ line: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = line.first else { return nil }
        let lowered = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
        return firsts.withUnsafeBufferPointer { firsts in
            for index in start..<firsts.count where firsts[index] == lowered {
                let begin = index == 0 ? 0 : ends[index - 1]
                let end = ends[index]
                if end - begin <= line.count, bytes.withUnsafeBufferPointer({ Self.matches(line, $0, begin, end, stopAtNonASCII: false) }) {
                    return index
                }
            }
            return nil
        }
    }

    /// ``ASCIILines/mayStart(_:withOneOf:)``: whether the line's leading bytes, lower-cased,
    /// agree with some prefix as far as both go, or until a non-ASCII byte.
    func mayStart(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { table in
            ends.withUnsafeBufferPointer { ends in
                var begin = 0
                for end in ends {
                    let shared = min(end, begin + line.count)
                    if Self.matches(line, table, begin, shared, stopAtNonASCII: true) { return true }
                    begin = end
                }
                return false
            }
        }
    }

    /// Whether `line` agrees with `table[begin..<end]` (lower-cased, A-Z only); with
    /// `stopAtNonASCII`, a non-ASCII byte of the line ends the comparison as a match.
    @inline(__always)
    static func matches(_ line: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int,
                        stopAtNonASCII: Bool) -> Bool {
        var offset = 0
        while begin + offset < end {
            let byte = line[offset]
            if stopAtNonASCII && byte >= 0x80 { return true }
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != table[begin + offset] { return false }
            offset += 1
        }
        return true
    }
}
