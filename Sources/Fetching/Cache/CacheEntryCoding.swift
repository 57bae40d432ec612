/// The bytes of one cache file, and reading them back.
///
/// A header line `FOLIO-PAGE 1`, then six length-prefixed fields, each
/// `<decimal length>:<bytes>\n`: requested URL, final URL, status, raw
/// Content-Type, fetch time (seconds since 1970), body. Lengths make the
/// format safe for any bytes in any field; anything that does not parse
/// exactly is treated as no entry.
enum CacheEntryCoding {
    /// The first line of every entry; a format change bumps the number.
    static let header = Array("FOLIO-PAGE 1\n".utf8)

    /// Encodes `entry`.
    static func encode(_ entry: CachedPage) -> [UInt8] {
        var out = header
        let fields: [[UInt8]] = [
            Array(entry.requestedURL.utf8), Array(entry.page.finalURL.utf8), Array(String(entry.page.status).utf8),
            Array(entry.page.contentType.raw.utf8), Array(String(entry.fetchedAt).utf8), entry.page.body,
        ]
        out.reserveCapacity(out.count + fields.reduce(0) { $0 + $1.count + 12 })
        for field in fields {
            out += Array(String(field.count).utf8)
            out.append(UInt8(ascii: ":"))
            out += field
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// Decodes an entry, or nil when `bytes` is not exactly one well-formed entry.
    static func decode(_ bytes: [UInt8]) -> CachedPage? {
        guard bytes.starts(with: header) else { return nil }
        var at = header.count
        var fields: [ArraySlice<UInt8>] = []
        for _ in 0..<6 {
            var length = 0
            var digits = 0
            while at < bytes.count, let digit = decimal(bytes[at]) {
                guard digits < 12 else { return nil }
                length = length * 10 + digit
                digits += 1
                at += 1
            }
            guard digits > 0, at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
            at += 1
            guard length <= bytes.count - at - 1, bytes[at + length] == UInt8(ascii: "\n") else { return nil }
            fields.append(bytes[at..<(at + length)])
            at += length + 1
        }
        guard at == bytes.count else { return nil }
        let text = fields.prefix(5).map { String(decoding: $0, as: UTF8.self) }
        guard let status = Int(text[2]), let fetchedAt = Int64(text[4]) else { return nil }
        let page = FetchedPage(
            finalURL: text[1], status: status, contentType: ContentType(header: text[3]), body: Array(fields[5])
        )
        return CachedPage(requestedURL: text[0], page: page, fetchedAt: fetchedAt)
    }

    /// The value of an ASCII digit, or nil.
    static func decimal(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
