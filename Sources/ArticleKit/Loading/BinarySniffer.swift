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
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return false }
        var nuls = 0
        var controls = 0
        for byte in sample {
            if byte == 0 { nuls += 1 }
            if (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte)) || byte == 0x7F { controls += 1 }
        }
        if nuls > 4 || controls * 10 > sample.count { return true }
        let decoded = String(decoding: sample, as: UTF8.self).unicodeScalars
        let repaired = decoded.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return repaired * 10 > decoded.count * 3
    }
}
