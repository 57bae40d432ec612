#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reuses one `String` for equal field values read from many lines (titles, fingerprints, headings).
///
/// A store repeats the same article's path, title and fingerprint in every
/// highlight of it; sharing one string per value saves an allocation and its
/// memory per repeat. The table is bounded (``capacity`` entries); once full,
/// new values are simply not shared.
struct StringTable {
    /// How many distinct values the table holds at most.
    static let capacity = 1 << 15

    /// One slot: a value and its hash, side by side so a probe touches one cache line.
    private struct Entry {
        var hash: UInt64
        var string: String?
    }

    /// Open addressing, at most half full; grows with the values, up to `2 * capacity` slots.
    private var entries = [Entry](repeating: Entry(hash: 0, string: nil), count: 1 << 10)
    private var count = 0

    /// The shared string for `bytes` (valid UTF-8), made and remembered if new.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = ByteHash.of(bytes)
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let existing = entries[slot].string {
            if entries[slot].hash == hash, Self.equal(existing, bytes) { return existing }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if count < Self.capacity {
            entries[slot] = Entry(hash: hash, string: made)
            count += 1
            if 2 * count > entries.count { grow() }
        }
        return made
    }

    /// Doubles the slots and places every value again.
    private mutating func grow() {
        var larger = [Entry](repeating: Entry(hash: 0, string: nil), count: 2 * entries.count)
        let mask = larger.count - 1
        for entry in entries where entry.string != nil {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while larger[slot].string != nil { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        entries = larger
    }

    /// Whether `string`'s UTF-8 is exactly `bytes`.
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return string.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, bytes.count) == 0 }
            ?? string.utf8.elementsEqual(bytes)
    }
}
