// Frozen copy of Sources/ArticleKit/Text/TextDecoding.swift at 95af3d2, before the parse-speed work, with its types renamed.
// The oracle of ParserDifferentialTests: do not edit, do not "fix".

/// Turns raw bytes into text: UTF-8 with repair, no BOM, `\n` line endings.
enum OracleTextDecoding {
    /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
    ///
    /// A leading UTF-8 byte order mark is dropped, and CRLF and lone CR line
    /// endings become LF. NUL and other control bytes are kept: showing them is
    /// the job of ``DisplaySanitizer``.
    static func decode(_ bytes: [UInt8]) -> String {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = bytes[(hasBOM ? 3 : 0)...]
        guard body.contains(0x0D) else {
            return String(decoding: body, as: UTF8.self)
        }
        return String(decoding: normalizingLineEndings(body), as: UTF8.self)
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
}
