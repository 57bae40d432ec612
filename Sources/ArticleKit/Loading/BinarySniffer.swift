/// Tells text files from binary ones by looking at their first 8 KB.
///
/// Binary when the sample has more than 4 NUL bytes, or more than 10% control
/// bytes (C0 other than tab, LF, CR, form feed and ESC, plus DEL), or when
/// decoding it as UTF-8 needs U+FFFD for more than 30% of its characters.
/// One stray NUL in a text file leaves it text.
public enum BinarySniffer {
    /// How many leading bytes are examined.
    public static let sampleSize = 8_192

    /// Whether `bytes` looks like binary data rather than text.
    ///
    /// Works on bytes only: the repaired text's scalars are counted by their
    /// lead bytes, its U+FFFD by their EF BF BD. A sample that is already
    /// well-formed UTF-8 (nearly every text file) is its own repaired text, so
    /// it is counted in place; only a malformed one is repaired first.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let sample = UnsafeBufferPointer(rebasing: all.prefix(sampleSize))
            guard !sample.isEmpty else { return false }
            // Bit n set: byte n is a control that counts (C0 but tab, LF, form feed, CR and ESC).
            let controlBits: UInt32 = ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B)
            var nuls = 0
            var controls = 0
            var high: UInt8 = 0
            let raw = UnsafeRawPointer(sample.baseAddress!)
            var index = 0
            while index < sample.count {
                // Plain printable ASCII needs no look, eight bytes at a time.
                index = LineEndScan.nextFlagged(raw, from: index, count: sample.count, flags: LineEndScan.outsidePrintable)
                guard index < sample.count else { break }
                let byte = sample[index]
                high |= byte
                if byte < 0x20 {
                    controls += Int((controlBits >> UInt32(byte)) & 1)
                    if byte == 0 { nuls += 1 }
                } else if byte == 0x7F {
                    controls += 1
                }
                index += 1
            }
            if nuls > 4 || controls * 10 > sample.count { return true }
            if high < 0x80 { return false }
            if UTF8Validation.isValid(sample) { return tooMuchRepaired(sample) }
            var text = String(decoding: sample, as: UTF8.self)
            return text.withUTF8(tooMuchRepaired)
        }
    }

    /// Whether U+FFFD makes up more than 30% of the scalars of well-formed `utf8`.
    private static func tooMuchRepaired(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var scalars = 0
        var repaired = 0
        var index = 0
        let raw = UnsafeRawPointer(utf8.baseAddress!)
        while index < utf8.count {
            // Eight ASCII bytes are eight scalars and no U+FFFD.
            if index + 8 <= utf8.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & LineEndScan.highs == 0 {
                scalars += 8
                index += 8
                continue
            }
            let byte = utf8[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBD { repaired += 1 }
            index += 1
        }
        return repaired * 10 > scalars * 3
    }
}
