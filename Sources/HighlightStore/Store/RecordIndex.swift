/// Every record id applied so far, each with a small value (``StoreState`` keeps an annotation's index).
///
/// Ids in the form ``RecordID`` writes (nearly all of a store's) are held as
/// 16-byte ``UUIDKey``s in a ``UUIDTable``; any other id as its string in a
/// ``StringIDTable``. An id always goes to the same table, so the two never
/// hold the same id.
struct RecordIndex: Sendable {
    private var keys = UUIDTable()
    private var others = StringIDTable()

    /// An empty index.
    init() {}

    /// How many ids are held.
    var count: Int { keys.count + others.count }

    /// Makes room for `capacity` ids in the form ``RecordID`` writes without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
    }

    /// The value stored for `id`, if it is held.
    func value(for id: String) -> Int32? {
        if let key = UUIDKey(id) { return keys.value(for: key) }
        return others.value(for: id)
    }

    /// Adds `id` with `value` unless it is held already; returns whether it was added.
    mutating func insert(_ id: String, value: Int32) -> Bool {
        if let key = UUIDKey(id) { return keys.insert(key, value: value) }
        return others.insert(id, value: value)
    }

    /// The value stored for the id whose key is `key`, if it is held.
    func value(for key: UUIDKey) -> Int32? {
        keys.value(for: key)
    }

    /// Adds the id whose key is `key` with `value` unless it is held already; returns whether it was added.
    mutating func insert(_ key: UUIDKey, value: Int32) -> Bool {
        keys.insert(key, value: value)
    }
}

extension RecordIndex: Equatable {
    /// Whether both hold the same ids with the same values.
    static func == (lhs: RecordIndex, rhs: RecordIndex) -> Bool {
        lhs.others == rhs.others && lhs.keys.count == rhs.keys.count
            && lhs.keys.entries.allSatisfy { rhs.keys.value(for: $0.key) == $0.value }
    }
}
