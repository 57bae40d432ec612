/// Reuses one `String` for equal field values read from many lines (titles, fingerprints, headings).
///
/// A store repeats the same article's path, title and fingerprint in every
/// highlight of it; sharing one string per value saves an allocation and its
/// memory per repeat. The table is bounded (``capacity`` entries); once full,
/// new values are simply not shared.
struct StringTable {
    /// How many distinct values the table holds at most.
    static let capacity = 1 << 15

    private var hashes = [UInt64](repeating: 0, count: 2 * capacity)
    private var strings = [String?](repeating: nil, count: 2 * capacity)
    private var count = 0

    /// The shared string for `bytes` (valid UTF-8), made and remembered if new.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        // FNV-1a, then probe linearly.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let existing = strings[slot] {
            if hashes[slot] == hash, existing.utf8.count == bytes.count,
               existing.utf8.withContiguousStorageIfAvailable({ $0.elementsEqual(bytes) }) ?? existing.utf8.elementsEqual(bytes) {
                return existing
            }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if count < Self.capacity {
            hashes[slot] = hash
            strings[slot] = made
            count += 1
        }
        return made
    }
}
