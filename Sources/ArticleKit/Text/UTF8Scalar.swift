/// Reads one scalar from valid UTF-8 (a `String`'s storage), with no checks.
public enum UTF8Scalar {
    /// The scalar value and byte length of the sequence starting at `index`.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}

extension UTF8Scalar {
    /// The number of scalars in `text`: its bytes that do not continue a sequence.
    ///
    /// The same as `text.unicodeScalars.count`, which walks scalar by scalar
    /// through index validation and cost a pane's worth of text at start-up.
    public static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var count = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & LineEndScan.highs == 0 {
                    count += 8
                    index += 8
                    continue
                }
                if bytes[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }
}
