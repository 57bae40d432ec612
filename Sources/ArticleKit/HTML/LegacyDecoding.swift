import Glibc

/// Converts a page in a legacy charset to UTF-8 with glibc's iconv.
///
/// A byte iconv cannot convert becomes U+FFFD and the conversion goes on.
/// A fully static executable may find no iconv modules at run time; then
/// windows-1252 (and its ISO-8859-1 and ASCII aliases) is converted with
/// our own table, and any other charset falls back to UTF-8 with repair.
enum LegacyDecoding {
    /// `bytes` in `charset` (a label from ``HTMLCharset``) as UTF-8 bytes, invalid sequences repaired.
    static func utf8(_ bytes: [UInt8], charset: String) -> [UInt8] {
        if charset == "utf-8" { return repairedUTF8(bytes) }
        if let converted = iconvUTF8(bytes, from: iconvName(charset)) { return converted }
        if charset == "windows-1252" { return windows1252(bytes) }
        return repairedUTF8(bytes)
    }

    /// `bytes` without a UTF-8 BOM, as valid UTF-8 (invalid sequences become U+FFFD).
    static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if HTMLCharset.isValidUTF8(body) { return body }
        return Array(String(decoding: body, as: UTF8.self).utf8)
    }

    /// The name glibc's iconv knows the charset by.
    static func iconvName(_ charset: String) -> String {
        switch charset {
        case "windows-1252": "CP1252"
        case "gb18030": "GB18030"
        case "shift_jis": "CP932"
        case "big5": "BIG5-HKSCS"
        case "euc-kr": "CP949"
        case "utf-16le": "UTF-16LE"
        case "utf-16be": "UTF-16BE"
        default: charset.uppercased()
        }
    }

    /// The bytes converted by iconv, or `nil` when iconv does not know the charset.
    static func iconvUTF8(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        if name.hasPrefix("UTF-16"), input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            input.removeFirst(2)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { source in
            guard let sourceBase = source.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBase).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            chunk.withUnsafeMutableBufferPointer { target in
                let targetBase = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = targetBase
                    var outLeft = target.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    out.append(contentsOf: UnsafeBufferPointer(start: target.baseAddress, count: target.count - outLeft))
                    if result == -1 {
                        let error = errno
                        if error == E2BIG { continue }
                        // EILSEQ or EINVAL (a cut-off sequence): one replacement character, skip a byte.
                        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    }
                }
            }
        }
        return out
    }

    /// windows-1252 to UTF-8 with our own table (0x80-0x9F are the typographic characters).
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? UInt32(high1252[Int(byte) - 0x80]) : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }

    /// The code points of windows-1252 bytes 0x80-0x9F (undefined ones map to U+FFFD).
    static let high1252: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
