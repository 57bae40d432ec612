/// Checks UTF-8 well-formedness, eight bytes at a time where the text is ASCII.
///
/// Follows Unicode's table of well-formed byte sequences (Table 3-7): no
/// overlong forms, no surrogates, nothing above U+10FFFF. Bytes that pass can
/// become a `String` with one copy and no second check (``TextDecoding/string(validUTF8:)``).
enum UTF8Validation {
    /// Whether `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        check(bytes) != .invalid
    }

    /// What a check found: ASCII only, other valid UTF-8, or not well-formed.
    enum Outcome {
        case ascii, valid, invalid
    }

    /// Checks `bytes`, noting whether they were all ASCII.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard let base = bytes.baseAddress else { return .ascii }
        var ascii = true
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while true {
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & LineEndScan.highs == 0 {
                index += 8
            }
            guard index < count else { return ascii ? .ascii : .valid }
            if base[index] < 0x80 {
                index += 1
                continue
            }
            ascii = false
            var ideographs = 0
            guard let next = skipSequences(base, from: index, count: count, ideographs: &ideographs) else { return .invalid }
            index = next
        }
    }

    /// The end of the run of non-ASCII sequences at `index` (the next ASCII byte or
    /// the end), or `nil` when one is not well-formed. CJK text is one long run:
    /// three-byte sequences are checked eight at a time in 24 bytes, five in sixteen, two in eight, or one in four.
    ///
    /// Adds to `ideographs` some of the scalars U+4000–U+9FFF seen (those in the
    /// 24-byte steps, by their leads E4–E9): each is a cluster of its own at
    /// least one column wide, so the count bounds a line's width from below.
    @inline(__always)
    static func skipSequences(_ base: UnsafePointer<UInt8>, from index: Int, count: Int, ideographs: inout Int) -> Int? {
        let raw = UnsafeRawPointer(base)
        var index = index
        while index < count {
            if index + 24 <= count {  // eight three-byte sequences, leads E1-EC or EE-EF
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                let third = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                // The eight leads sit at different byte places of the three words, so their
                // low nibbles fit in one word: a nibble of 0 or D is a lead E0 or ED.
                let leads = (first & 0x000F_0000_0F00_000F) | (second & 0x0F00_000F_0000_0F00) | (third & 0x0000_0F00_000F_0000)
                if ((first & 0xC0F0_C0C0_F0C0_C0F0) ^ 0x80E0_8080_E080_80E0) | ((second & 0xF0C0_C0F0_C0C0_F0C0) ^ 0xE080_80E0_8080_E080)
                    | ((third & 0xC0C0_F0C0_C0F0_C0C0) ^ 0x8080_E080_80E0_8080) == 0,
                   LineEndScan.hasByte(0x00, leads) | LineEndScan.hasByte(0x0D, leads) == 0 {
                    // Leads E4-E9: nibble at least 4 and below 10 (0x80 set in each byte first, so no borrows).
                    let atLeast4 = (leads | LineEndScan.highs) &- LineEndScan.ones &* 4
                    let atLeast10 = (leads | LineEndScan.highs) &- LineEndScan.ones &* 10
                    // One bit per such lead, summed by a multiply (no popcount instruction on baseline x86-64).
                    ideographs += Int((((atLeast4 & ~atLeast10 & LineEndScan.highs) >> 7) &* LineEndScan.ones) >> 56)
                    index += 24
                    continue
                }
            }
            if index + 16 <= count {  // five three-byte sequences and the start of a sixth, leads E1-EC or EE-EF
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                if first & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0,
                   second & 0xF0C0_C0F0_C0C0_F0C0 == 0xE080_80E0_8080_E080,
                   hasNeitherNibble0NorD(first & 0x000F_0000_0F00_000F, leads: 0x000F_0000_0F00_000F),
                   hasNeitherNibble0NorD(second & 0x0000_000F_0000_0F00, leads: 0x0000_000F_0000_0F00) {
                    index += 15
                    continue
                }
            }
            if index + 8 <= count {  // two three-byte sequences and the start of a third, leads E1-EC or EE-EF
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let first = word & 0x0F, second = (word >> 24) & 0x0F
                if word & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0,
                   first != 0, first != 0x0D, second != 0, second != 0x0D {
                    index += 6
                    continue
                }
            }
            if index + 4 <= count {
                let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))  // lead byte lowest
                if word & 0x00C0_C0F0 == 0x0080_80E0 {  // 1110xxxx 10xxxxxx 10xxxxxx
                    let low = word & 0x0F
                    let second = word & 0x2000  // set for A0-BF after E0 (not overlong), clear for 80-9F after ED (no surrogate)
                    if (low == 0 && second == 0) || (low == 0x0D && second != 0) { return nil }
                    index += 3
                    continue
                }
            }
            guard base[index] >= 0x80 else { return index }
            let length = sequenceLength(base, at: index, count: count)
            guard length > 0 else { return nil }
            index += length
        }
        return index
    }

    /// Whether no lead byte's low nibble (the bytes where `leads` has 0x0F; `nibbles`
    /// is the word masked with it) is 0 or 0xD, i.e. no lead is E0 or ED, whose
    /// second byte has a narrower range. Adding 0x0F sets bit 4 of a nibble's byte
    /// exactly when the nibble is not zero, with no carry out of the byte.
    @inline(__always)
    static func hasNeitherNibble0NorD(_ nibbles: UInt64, leads: UInt64) -> Bool {
        let bits = (leads & 0x0101_0101_0101_0101) << 4  // 0x10 in each lead byte
        let notZero = (nibbles &+ leads) & bits
        let notD = ((nibbles ^ (leads & 0x0D0D_0D0D_0D0D_0D0D)) &+ leads) & bits
        return notZero == bits && notD == bits
    }

    /// The length of the well-formed sequence whose lead byte (at least 0x80)
    /// is at `index`, or 0 when it is not well-formed.
    @inline(__always)
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        let lead = base[index]
        if lead < 0xC2 { return 0 }  // a continuation byte, or an overlong C0/C1
        if lead < 0xE0 {
            return index + 1 < count && base[index + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if lead < 0xF0 {
            guard index + 2 < count else { return 0 }
            if lead != 0xE0 && lead != 0xED {  // the common case: any two continuation bytes
                return (base[index + 1] & 0xC0) == 0x80 && (base[index + 2] & 0xC0) == 0x80 ? 3 : 0
            }
            let second = base[index + 1]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80  // no overlong forms
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF  // no surrogates
            return second >= low && second <= high && base[index + 2] & 0xC0 == 0x80 ? 3 : 0
        }
        if lead < 0xF5 {
            guard index + 3 < count else { return 0 }
            let second = base[index + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80  // no overlong forms
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF  // nothing above U+10FFFF
            return second >= low && second <= high && base[index + 2] & 0xC0 == 0x80 && base[index + 3] & 0xC0 == 0x80 ? 4 : 0
        }
        return 0
    }
}
