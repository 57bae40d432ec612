import Testing
@testable import HighlightStore

/// The id table a store's state keeps: duplicates refused, values found after it grows.
@Suite struct RecordIndexTests {
    @Test func holdsEveryIDOnceAcrossGrowth() {
        var index = RecordIndex()
        let ids = (0..<5_000).map { "id-\($0)" } + ["", "é", String(repeating: "x", count: 100), RecordID.random()]
        for (offset, id) in ids.enumerated() {
            let added = index.insert(id, value: Int32(offset))
            #expect(added)
        }
        for id in ids {
            let added = index.insert(id, value: -7)
            #expect(!added)
        }
        #expect(index.count == ids.count)
        for (offset, id) in ids.enumerated() { #expect(index.value(for: id) == Int32(offset)) }
        #expect(index.value(for: "id-5000") == nil)
        #expect(index.value(for: "ID-1") == nil)
    }

    @Test func equalityIgnoresOrderAndCapacity() {
        var forward = RecordIndex()
        var backward = RecordIndex()
        backward.reserveCapacity(10_000)
        for n in 0..<300 { _ = forward.insert("r\(n)", value: Int32(n)) }
        for n in (0..<300).reversed() { _ = backward.insert("r\(n)", value: Int32(n)) }
        #expect(forward == backward)
        _ = backward.insert("r300", value: 300)
        #expect(forward != backward)
        _ = forward.insert("r300", value: 1)
        #expect(forward != backward)
    }
}
