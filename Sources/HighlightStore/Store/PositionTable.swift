/// The latest position record of each article (path and fingerprint, no title), with the order it came in.
///
/// A store holds a position per article for every few records, and opening it
/// replaces the latest one of a few thousand articles again and again: an
/// open-addressing table with ``ByteHash`` instead of a `Dictionary` (which
/// hashed both strings with SipHash on every record), and a position kept as
/// its line reuses the bytes of the one it replaces.
struct PositionTable: Sendable {
    /// One article's latest position.
    struct Entry: Sendable, Equatable {
        /// The article, title left out.
        var article: ArticleIdentity
        /// How many positions were applied before this one.
        var order: Int
        var position: StoredPosition
    }

    /// The entries, one per article, in the order the articles first came.
    private(set) var entries: [Entry] = []
    /// Open addressing over ``entries``: an entry's index, or -1 for an empty slot; at most half full.
    private var slots = [Int32](repeating: -1, count: 16)

    /// An empty table.
    init() {}

    /// Makes `position` the latest of `article` (title left out), applied as number `order`.
    mutating func set(_ article: ArticleIdentity, order: Int, position: consuming StoredPosition) {
        let index = entryIndex(for: article)
        entries[index].order = order
        entries[index].position = position
    }

    /// Makes the record on `line` (in ``JSONLine``'s layout) the latest of `article`, reusing
    /// the bytes of the line it replaces.
    mutating func set(_ article: ArticleIdentity, order: Int, line: UnsafeBufferPointer<UInt8>) {
        let index = entryIndex(for: article)
        entries[index].order = order
        entries[index].position.replace(line: line)
    }

    /// The index in ``entries`` of `article`'s entry, made (with order 0 and no position) if there is none.
    private mutating func entryIndex(for article: ArticleIdentity) -> Int {
        let hash = Self.hash(article)
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if entries[index].article.path == article.path && entries[index].article.fingerprint == article.fingerprint { return index }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(article: article, order: 0, position: StoredPosition(line: UnsafeBufferPointer(start: nil, count: 0))))
        if 2 * entries.count > slots.count {
            grow()
            mask = slots.count - 1
            slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
        }
        slots[slot] = Int32(entries.count - 1)
        return entries.count - 1
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for index in entries.indices.dropLast() {
            var slot = Int(truncatingIfNeeded: Self.hash(entries[index].article)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// The hash of an article's path and fingerprint.
    private static func hash(_ article: ArticleIdentity) -> UInt64 {
        ByteHash.of(article.path) &* 0x9E37_79B9_7F4A_7C15 ^ ByteHash.of(article.fingerprint)
    }
}

extension PositionTable: Equatable {
    /// Whether both hold the same articles with the same positions and orders, in any order.
    static func == (lhs: PositionTable, rhs: PositionTable) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        var right = rhs
        return lhs.entries.allSatisfy { entry in
            let index = right.entryIndex(for: entry.article)
            return index < rhs.entries.count && right.entries[index] == entry
        }
    }
}
