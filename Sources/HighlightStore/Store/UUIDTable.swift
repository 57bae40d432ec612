/// Record ids in the form ``UUIDKey`` reads, each with a small value: one open-addressing table.
///
/// A slot holds the whole key, so a probe never follows a pointer to compare
/// ids: opening a million records touches one slot per id, not a slot and a
/// string. At most three quarters full.
struct UUIDTable: Sendable {
    /// One slot; ``empty`` as the value marks an unused one.
    private struct Slot: Sendable {
        var key: UUIDKey
        var value: Int32
    }

    /// The value of an unused slot (record values are -1 or an index).
    private static let empty = Int32.min

    private var slots = [Slot](repeating: Slot(key: UUIDKey(high: 0, low: 0), value: UUIDTable.empty), count: 16)
    /// How many keys are held.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// Makes room for `capacity` keys without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size / 4 * 3 < capacity { size *= 2 }
        if size > slots.count { resize(to: size) }
    }

    /// The value stored for `key`, if it is held.
    @inline(__always)
    func value(for key: UUIDKey) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while slots[slot].value != Self.empty {
                if slots[slot].key == key { return slots[slot].value }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Adds `key` with `value` (never ``empty``) unless it is held already; returns whether it was added.
    @inline(__always)
    mutating func insert(_ key: UUIDKey, value: Int32) -> Bool {
        let added = slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while slots[slot].value != Self.empty {
                if slots[slot].key == key { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(key: key, value: value)
            return true
        }
        guard added else { return false }
        count += 1
        if count > slots.count / 4 * 3 { resize(to: 2 * slots.count) }
        return true
    }

    /// Every key held with its value, in no particular order.
    var entries: some Sequence<(key: UUIDKey, value: Int32)> {
        slots.lazy.filter { $0.value != Self.empty }.map { ($0.key, $0.value) }
    }

    /// Places every key again in `size` slots (a power of two).
    private mutating func resize(to size: Int) {
        var larger = [Slot](repeating: Slot(key: UUIDKey(high: 0, low: 0), value: Self.empty), count: size)
        let mask = size - 1
        for entry in slots where entry.value != Self.empty {
            var slot = Int(truncatingIfNeeded: entry.key.hash) & mask
            while larger[slot].value != Self.empty { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }
}
