/// Record ids of any form, each with a small value: the ids ``UUIDTable`` cannot hold.
///
/// One open-addressing table with ``ByteHash``: the id's hash is kept in its
/// slot, so a probe compares strings only when the hashes agree, and growing
/// never hashes an id again. At most three quarters full.
struct StringIDTable: Sendable {
    /// One slot; `hash == 0` marks an empty one (a real hash is never 0).
    private struct Slot: Sendable {
        var hash: UInt32
        var value: Int32
        var id: String
    }

    private var slots = [Slot](repeating: Slot(hash: 0, value: 0, id: ""), count: 16)
    /// How many ids are held.
    private(set) var count = 0

    /// An empty index.
    init() {}

    /// Makes room for `capacity` ids without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size / 4 * 3 < capacity { size *= 2 }
        if size > slots.count { resize(to: size) }
    }

    /// The value stored for `id`, if it is held.
    func value(for id: String) -> Int32? {
        let hash = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].hash != 0 {
            if slots[slot].hash == hash && slots[slot].id == id { return slots[slot].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `id` with `value` unless it is held already; returns whether it was added.
    mutating func insert(_ id: String, value: Int32) -> Bool {
        let hash = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].hash != 0 {
            if slots[slot].hash == hash && slots[slot].id == id { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, value: value, id: id)
        count += 1
        if count > slots.count / 4 * 3 { resize(to: 2 * slots.count) }
        return true
    }

    /// Every id held with its value, in no particular order.
    var entries: some Sequence<(id: String, value: Int32)> {
        slots.lazy.filter { $0.hash != 0 }.map { ($0.id, $0.value) }
    }

    /// Places every id again in `size` slots (a power of two).
    private mutating func resize(to size: Int) {
        var larger = [Slot](repeating: Slot(hash: 0, value: 0, id: ""), count: size)
        let mask = size - 1
        for entry in slots where entry.hash != 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while larger[slot].hash != 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }

    /// The slot hash of `id`: 32 bits of its ``ByteHash``, never 0.
    private static func hash(_ id: String) -> UInt32 {
        let full = ByteHash.of(id)
        return UInt32(truncatingIfNeeded: full ^ full >> 32) | 1 << 31
    }
}

extension StringIDTable: Equatable {
    /// Whether both hold the same ids with the same values.
    static func == (lhs: StringIDTable, rhs: StringIDTable) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs.value(for: $0.id) == $0.value }
    }
}
