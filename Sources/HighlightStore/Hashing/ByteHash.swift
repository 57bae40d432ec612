/// A fast, non-cryptographic hash of a few dozen bytes, read eight at a time.
///
/// For tables built while reading a store (shared strings, record ids), where
/// SipHash over every byte cost more than the lookups themselves. Not seeded:
/// the tables probe linearly and only ever hold what one store file holds.
enum ByteHash {
    /// The hash of `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return hash }
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var last: UInt64 = 0
        for index in offset..<bytes.count { last = last << 8 | UInt64(bytes[index]) }
        hash = (hash ^ last) &* multiplier
        return hash ^ hash >> 29
    }

    /// The hash of `string`'s UTF-8.
    static func of(_ string: String) -> UInt64 {
        if let hash = string.utf8.withContiguousStorageIfAvailable({ of($0) }) { return hash }
        return Array(string.utf8).withUnsafeBufferPointer { of($0) }
    }
}
