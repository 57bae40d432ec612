/// Checks bytes for well-formed UTF-8 without building a string.
public enum UTF8Validation {
    /// Whether `bytes` is well-formed UTF-8: no stray or missing continuation
    /// bytes, no overlong forms, no surrogates, nothing above U+10FFFF, and no
    /// sequence cut off at the end. Exactly the input `String(decoding:)`
    /// keeps without a U+FFFD.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time.
            if index + 8 <= count, ByteWords.isASCII(ByteWords.load(base, at: index)) {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if lead < 0xC2 || lead > 0xF4 { return false }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            // The second byte's range depends on the lead (no overlongs, surrogates or values past U+10FFFF).
            let low: UInt8 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF
            guard second >= low, second <= high else { return false }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return false }
                next += 1
            }
            index += length
        }
        return true
    }
}
