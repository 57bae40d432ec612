/// The status record curl writes to stderr after the transfer (`--write-out`), and its parser.
///
/// The body has stdout to itself, so nothing in it can be mistaken for the
/// record. On stderr the record sits between two copies of a random marker,
/// made fresh for each fetch, so neither curl's messages nor anything a server
/// sends (it ends up in the URL or Content-Type) can fake or cut it. Inside:
/// status, Content-Type, ETag, Last-Modified (header values, which cannot hold
/// a line break), the redirect target (when redirects are not followed), and
/// the final URL last.
struct WriteOut: Equatable {
    /// The last response's status (0 when no response came).
    let status: Int
    /// The raw Content-Type header value ("" when absent).
    let contentType: String
    /// The raw ETag header value ("" when absent).
    var etag: String = ""
    /// The raw Last-Modified header value ("" when absent).
    var lastModified: String = ""
    /// Where a 3xx response points, resolved (only when curl does not follow it; "" otherwise).
    var redirectURL: String = ""
    /// The URL after redirects.
    let finalURL: String

    /// A fresh marker: "folio-" and two random 64-bit numbers in hex.
    static func makeMarker() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64, low = generator.next() as UInt64
        let hex = String(high, radix: 16) + "-" + String(low, radix: 16)
        return "folio-" + hex
    }

    /// The `--write-out` format for `marker`; `%{stderr}` sends the record to stderr.
    static func format(marker: String) -> String {
        "%{stderr}\(marker)\\n%{http_code}\\n%{content_type}\\n%header{etag}\\n%header{last-modified}\\n%{redirect_url}\\n%{url_effective}\\n\(marker)\\n"
    }

    /// Finds the record between the first and last `marker` in curl's stderr;
    /// returns it (nil when missing or malformed) and the messages around it.
    static func split(_ stderr: [UInt8], marker: String) -> (record: WriteOut?, messages: [UInt8]) {
        let needle = Array(marker.utf8)
        guard let first = firstIndex(of: needle, in: stderr),
              let last = lastIndex(of: needle, in: stderr), last > first else { return (nil, stderr) }
        var inside = Array(stderr[(first + needle.count)..<last])
        if inside.first == UInt8(ascii: "\n") { inside.removeFirst() }
        if inside.last == UInt8(ascii: "\n") { inside.removeLast() }
        let after = min(last + needle.count + 1, stderr.count)
        return (WriteOut(inside), Array(stderr[..<first]) + Array(stderr[after...]))
    }

    /// Parses the six lines inside the markers; nil when they are not a record.
    init?(_ bytes: [UInt8]) {
        // Split on bytes: as Characters, "\r\n" is one and would not split at "\n".
        let fields = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 5, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 6, let status = Int(fields[0]), (0...999).contains(status) else { return nil }
        func value(_ field: String) -> String { field.hasSuffix("\r") ? String(field.unicodeScalars.dropLast()) : field }
        self.status = status
        contentType = value(fields[1])
        etag = value(fields[2])
        lastModified = value(fields[3])
        redirectURL = value(fields[4])
        finalURL = fields[5]
    }

    /// Where `needle` first starts in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// Where `needle` last starts in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in stride(from: haystack.count - needle.count, through: 0, by: -1)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
