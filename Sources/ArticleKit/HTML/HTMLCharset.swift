/// Finds the charset of an HTML page the way a browser settles it, with one
/// exception: bytes that are valid UTF-8 are read as UTF-8 whatever is declared.
///
/// Order: a byte order mark, then the transport's charset (HTTP
/// Content-Type), then `<meta charset>` or `<meta http-equiv=Content-Type>`
/// in the first 1024 bytes, else UTF-8 (invalid bytes repaired).
enum HTMLCharset {
    /// The charset `bytes` should be decoded with (a normalized label such as
    /// "utf-8", "utf-16le", "windows-1252", "gb18030", "shift_jis").
    static func detect(_ bytes: [UInt8], transport: String?) -> String {
        if let bom = byteOrderMark(bytes) { return bom }
        let declared = (transport.flatMap(normalized) ?? declaredInMeta(bytes).flatMap(normalized)) ?? "utf-8"
        guard declared != "utf-8" else { return "utf-8" }
        if declared.hasPrefix("utf-16") { return "utf-8" }  // a page that is readable as ASCII is not UTF-16
        if isValidUTF8(bytes) { return "utf-8" }
        return declared
    }

    /// The charset named by a byte order mark at the start of `bytes`.
    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
        return nil
    }

    /// Whether the bytes are valid UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    /// The charset a `<meta>` tag in the first 1024 bytes declares, as written.
    static func declaredInMeta(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = Substring(head)
        while let open = rest.firstRange(of: "<meta") {
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[open.upperBound..<tagEnd]
            if let value = charsetValue(in: tag) { return value }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The value after `charset=` in a meta tag's text (covers `charset="x"` and `content="text/html; charset=x"`).
    static func charsetValue(in tag: Substring) -> String? {
        guard let key = tag.firstRange(of: "charset") else { return nil }
        var rest = tag[key.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !" \"';/>".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    /// A charset label mapped to the name this reader uses (WHATWG's label table, abridged).
    static func normalized(_ label: String) -> String? {
        let name = label.trimmingSpaces().lowercased()
        switch name {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "utf-16", "utf-16le", "unicode", "ucs-2": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252", "windows-1252", "x-cp1252":
            return "windows-1252"
        case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "euc-cn": return "gb18030"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932": return "shift_jis"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "big5"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949": return "euc-kr"
        default: return name
        }
    }
}
