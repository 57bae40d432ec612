/// Turns raw bytes into text: UTF-8 with repair, no BOM, `\n` line endings.
public enum TextDecoding {
    /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
    ///
    /// A leading UTF-8 byte order mark is dropped, and CRLF and lone CR line
    /// endings become LF. NUL and other control bytes are kept: showing them is
    /// the job of ``DisplaySanitizer``.
    public static func decode(_ bytes: [UInt8]) -> String {
        let fast = bytes.withUnsafeBufferPointer { all -> String? in
            let body = withoutBOM(all)
            guard !containsCR(body) else { return nil }
            switch UTF8Validation.check(body) {
            case .ascii: return string(validUTF8: body, isASCII: true)
            case .valid: return string(validUTF8: body, isASCII: false)
            case .invalid: return nil
            }
        }
        if let fast { return fast }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = bytes[(hasBOM ? 3 : 0)...]
        guard body.withUnsafeBufferPointer(containsCR) else {
            return String(decoding: body, as: UTF8.self)
        }
        return String(decoding: normalizingLineEndings(body), as: UTF8.self)
    }

    /// `bytes` without a leading UTF-8 byte order mark.
    static func withoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return hasBOM ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    /// A string of `bytes`, which are valid UTF-8 (``UTF8Validation`` accepted them, or they
    /// are part of a string's storage cut at scalar boundaries): one copy, no second check.
    ///
    /// `isASCII` must be true only when every byte is ASCII; it sets the string's
    /// ASCII flag, as `String(decoding:as:)` would, which keeps its later use fast.
    static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
    }

    /// Replaces CRLF and lone CR with LF (CR is ASCII, so this is safe on any bytes).
    static func normalizingLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) { out.append(byte) }
                previousWasCR = false
            }
        }
        return out
    }

    /// Whether `bytes` holds a CR, looking at eight bytes at a time.
    static func containsCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0D0D_0D0D_0D0D_0D0D
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0D { return true }
            index += 1
        }
        return false
    }
}
