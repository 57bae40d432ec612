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
    /// Works on bytes only (the repaired text's scalars are counted by their
    /// lead bytes, its U+FFFD by their EF BF BD), with no generic code at all.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return false }
        var nuls = 0
        var controls = 0
        for byte in sample {
            switch byte {
            case 0x00: nuls += 1; controls += 1
            case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: break
            case 0x01..<0x20, 0x7F: controls += 1
            default: break
            }
        }
        if nuls > 4 || controls * 10 > sample.count { return true }
        var text = String(decoding: sample, as: UTF8.self)
        let (scalars, repaired) = text.withUTF8 { utf8 -> (Int, Int) in
            var scalars = 0
            var repaired = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBD { repaired += 1 }
            }
            return (scalars, repaired)
        }
        return repaired * 10 > scalars * 3
    }
}
