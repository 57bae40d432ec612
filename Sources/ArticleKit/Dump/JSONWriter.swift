/// Builds JSON text by hand into one byte buffer, so that `nil` is written as `null`
/// and key order is fixed.
///
/// Strings are escaped byte by byte: runs of bytes that need no escape are
/// copied whole, and the text (valid UTF-8 in, ASCII escapes added) becomes a
/// `String` with one copy at the end.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []

    /// A writer whose buffer has room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends ASCII text as it is (keys, punctuation, layout).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a JSON string literal for `text`, with quotes, backslashes and controls escaped.
    public mutating func string(_ text: String) {
        var text = text
        bytes.append(0x22)
        text.withUTF8 { append(escaping: $0) }
        bytes.append(0x22)
    }

    /// Appends a JSON string literal, or `null` for `nil`.
    public mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends a whole number.
    public mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a JSON array of strings on one line.
    public mutating func stringArray(_ items: [String]) {
        bytes.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { raw(", ") }
            string(item)
        }
        bytes.append(0x5D)
    }

    /// The JSON as a string (the bytes are valid UTF-8: valid strings with ASCII escapes).
    func text() -> String {
        bytes.withUnsafeBufferPointer { TextDecoding.string(validUTF8: $0, isASCII: false) }
    }

    /// The escaped body of a string literal: `"`, `\`, controls and U+FEFF escaped,
    /// every other byte copied as it is, in runs.
    private mutating func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let memory = UnsafeRawPointer(base)
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes with no control, `"`, `\` or EF (a BOM's first byte) go whole.
            index = LineEndScan.nextFlagged(memory, from: index, count: count) { word in
                LineEndScan.hasByte(below: 0x20, word) | LineEndScan.hasByte(0x22, word)
                    | LineEndScan.hasByte(0x5C, word) | LineEndScan.hasByte(0xEF, word)
            }
            guard index < count else { break }
            let byte = utf8[index]
            // U+FEFF too (EF BB BF): Foundation's JSONSerialization on Linux drops a raw
            // U+FEFF at the start of a string value, but keeps it escaped.
            let isBOM = byte == 0xEF && index + 2 < count && utf8[index + 1] == 0xBB && utf8[index + 2] == 0xBF
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || isBOM else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x09: raw("\\t")
            case 0x0D: raw("\\r")
            default:
                raw("\\u")
                let value = isBOM ? 0xFEFF : Int(byte)
                for shift in [12, 8, 4, 0] {
                    let digit = UInt8((value >> shift) & 0xF)
                    bytes.append(digit < 10 ? 0x30 + digit : 0x41 + digit - 10)
                }
            }
            index += isBOM ? 3 : 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }
}
