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

/// Record ids as 16 bytes: only the exact form ``RecordID`` writes has a key, and it reads back.
@Suite struct UUIDKeyTests {
    static func key(_ id: String) -> UUIDKey? { UUIDKey(id) }

    @Test func writtenIDsHaveKeysThatReadBack() {
        for _ in 0..<1000 {
            let id = RecordID.random()
            let key = Self.key(id)
            #expect(key?.string == id)
        }
        #expect(Self.key("00000000-0000-0000-0000-000000000000")?.string == "00000000-0000-0000-0000-000000000000")
        #expect(Self.key("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")?.string == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
    }

    @Test func otherFormsHaveNone() {
        let id = "EE7FBC5F-9A12-43D7-9B4A-ED5B6BC6BA59"
        #expect(Self.key(id) != nil)
        var others = [id.lowercased(), id + "0", String(id.dropLast()), id.replacingOccurrences(of: "-", with: "_"),
                      "EE7FBC5F9A1243D79B4AED5B6BC6BA59", "", "a", "EE7FBC5F-9A12-43D7-9B4A-ED5B6BC6BA5G"]
        // Every single byte swapped for a neighbour of the hex digits or the dash.
        let bytes = Array(id.utf8)
        for index in bytes.indices {
            for replacement in Array("/:@G`g-.".utf8) where replacement != bytes[index] {
                var changed = bytes
                changed[index] = replacement
                others.append(String(decoding: changed, as: UTF8.self))
            }
        }
        for other in others { #expect(Self.key(other) == nil, "\(other)") }
    }

    @Test func eightDigitsAtOnceAgreeWithOneAtATime() {
        var random = HostileStoreTests.SplitMix(state: 0x5555_4944)
        let near: [UInt8] = Array("/0123456789:@ABCDEFG`abcdefg-".utf8) + [0x00, 0x7F, 0x80, 0xB0, 0xC1, 0xFF]
        for _ in 0..<100_000 {
            let bytes = (0..<8).map { _ in near.randomElement(using: &random)! }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = UInt64(String(decoding: bytes, as: UTF8.self), radix: 16)
            let isUpperHex = bytes.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) }
            #expect(UUIDKey.hex8(UInt64(littleEndian: word)) == (isUpperHex ? expected : nil), "\(bytes)")
        }
    }

    @Test func theIndexKeepsBothFormsApart() {
        var index = RecordIndex()
        let upper = "EE7FBC5F-9A12-43D7-9B4A-ED5B6BC6BA59"
        let first = index.insert(upper, value: 1)
        #expect(first)
        let lower = index.insert(upper.lowercased(), value: 2)
        #expect(lower)
        let again = index.insert(upper, value: 3)
        #expect(!again)
        #expect(index.value(for: upper) == 1)
        #expect(index.value(for: upper.lowercased()) == 2)
        #expect(index.count == 2)
        // Sequential ids (not random bits) spread over the table too.
        for n in 0..<4_000 {
            let id = "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - String(n, radix: 16).count) + String(n, radix: 16).uppercased()
            let added = index.insert(id, value: Int32(n))
            #expect(added)
        }
        #expect(index.value(for: "00000000-0000-0000-0000-000000000F9F") == 3_999)
        #expect(index.count == 4_002)
    }
}
