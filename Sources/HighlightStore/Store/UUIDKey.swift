/// A record id in the form ``RecordID`` writes (36 upper-case hex digits and dashes, 8-4-4-4-12) as 16 bytes.
///
/// The form and the bytes map one to one, so two such ids are equal exactly
/// when their keys are; any other id (lower-case hex, another length) has no key.
struct UUIDKey: Sendable, Equatable {
    /// The first 16 hex digits.
    var high: UInt64
    /// The last 16 hex digits.
    var low: UInt64

    /// A key from its two halves.
    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The key of the id whose UTF-8 is `bytes`, if it is in the form.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 36, let base = bytes.baseAddress.map(UnsafeRawPointer.init),
              base.load(fromByteOffset: 8, as: UInt8.self) == UInt8(ascii: "-"),
              base.load(fromByteOffset: 13, as: UInt8.self) == UInt8(ascii: "-"),
              base.load(fromByteOffset: 18, as: UInt8.self) == UInt8(ascii: "-"),
              base.load(fromByteOffset: 23, as: UInt8.self) == UInt8(ascii: "-")
        else { return nil }
        // Four words of eight digits: 0-7, 9-12 and 14-17, 19-22 and 24-27, 28-35.
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        func half(_ offset: Int) -> UInt64 { UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        guard let first = Self.hex8(word(0)), let second = Self.hex8(half(9) | half(14) << 32),
              let third = Self.hex8(half(19) | half(24) << 32), let fourth = Self.hex8(word(28))
        else { return nil }
        high = first << 32 | second
        low = third << 32 | fourth
    }

    /// The key of `id`, if it is in the form.
    init?(_ id: String) {
        guard id.utf8.count == 36 else { return nil }
        var id = id
        guard let key = id.withUTF8({ UUIDKey($0) }) else { return nil }
        self = key
    }

    /// The value of eight upper-case hex digits (the first in the lowest byte), if they all are.
    ///
    /// All eight at once: a byte is a digit when it is at least `0` and below
    /// `:`, or at least `A` and below `G` (each test is an add that sets the
    /// byte's high bit, with no carry between bytes below 0x80).
    @inline(__always)
    static func hex8(_ word: UInt64) -> UInt64? {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return nil }
        func atLeast(_ byte: UInt64) -> UInt64 { (word &+ (0x80 - byte) &* 0x0101_0101_0101_0101) & high }
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let letter = atLeast(0x41) & ~atLeast(0x47)
        guard digit | letter == high else { return nil }
        // Each byte's value: its low nibble, plus 9 for a letter (bit 6 set).
        var value = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ ((word >> 6) & 0x0101_0101_0101_0101) &* 9
        // Pairs of bytes to one byte (first digit high), then four bytes to one number.
        value = (value & 0x000F_000F_000F_000F) << 4 | (value & 0x0F00_0F00_0F00_0F00) >> 8
        value = (value | value >> 8) & 0x0000_FFFF_0000_FFFF
        value = (value | value >> 16) & 0xFFFF_FFFF
        return UInt64(UInt32(truncatingIfNeeded: value).byteSwapped)
    }

    /// The id the key was read from.
    var string: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: low >> UInt64(shift))) }
        return RecordID.format(bytes)
    }

    /// A well-mixed hash (ids need not be random: `00000000-…-000000000001` is in the form).
    @inline(__always)
    var hash: UInt64 {
        let mixed = (high ^ low.byteSwapped) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ mixed >> 29
    }
}
