/// Reading JSON strings: escapes, surrogate pairs and UTF-8 checked byte by byte.
///
/// A string must be valid UTF-8 with no raw control character (below U+0020).
/// A `\u` escape of a lone surrogate (a high one not followed by a low one,
/// or a low one alone) makes the text invalid, as it does for Foundation's
/// JSONSerialization: a record is never read back with a replaced character.
extension JSONCursor {
    /// Where a string's contents sit and whether any escape must be decoded.
    struct StringSpan {
        /// The bytes between the quotes, undecoded.
        var range: Range<Int>
        /// Whether the contents contain a backslash escape.
        var hasEscapes: Bool
    }

    /// Reads a string at the cursor (after whitespace) and returns its value.
    mutating func string() -> String? {
        guard let span = stringSpan() else { return nil }
        if !span.hasEscapes {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
        }
        guard unescape(span.range) else { return nil }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Reads a string at the cursor (after whitespace), shared through ``table`` when there is one.
    mutating func sharedString() -> String? {
        guard table != nil else { return string() }
        guard let span = stringSpan() else { return nil }
        if !span.hasEscapes { return table!.string(for: UnsafeBufferPointer(rebasing: bytes[span.range])) }
        guard unescape(span.range) else { return nil }
        return scratch.withUnsafeBufferPointer { table!.string(for: $0) }
    }

    /// The value of a string ``stringSpan()`` has read and checked, shared through
    /// ``table`` when `shared` and there is one.
    mutating func value(of span: StringSpan, shared: Bool) -> String {
        if !span.hasEscapes {
            let raw = UnsafeBufferPointer(rebasing: bytes[span.range])
            return shared && table != nil ? table!.string(for: raw) : String(decoding: raw, as: UTF8.self)
        }
        // Cannot fail: the span was checked.
        _ = unescape(span.range)
        return shared && table != nil ? scratch.withUnsafeBufferPointer { table!.string(for: $0) } : String(decoding: scratch, as: UTF8.self)
    }

    /// Reads a string at the cursor (after whitespace), checking it, and returns where its contents are.
    ///
    /// Escapes are checked (including surrogate pairs) but not decoded; the
    /// contents are valid UTF-8 once this returns non-`nil`.
    mutating func stringSpan() -> StringSpan? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        return stringSpanAfterQuote()
    }

    /// ``stringSpan()`` once its opening quote has been read.
    mutating func stringSpanAfterQuote() -> StringSpan? {
        let start = index
        var hasEscapes = false
        while index < bytes.count {
            index = PlainBytes.end(of: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let range = start..<index
                index += 1
                return StringSpan(range: range, hasEscapes: hasEscapes)
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                guard skipEscape() else { return nil }
            } else if byte < 0x20 {
                return nil
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = Self.utf8Length(bytes, at: index) else { return nil }
                index += length
            }
        }
        return nil
    }

    /// Checks the escape at the cursor (a backslash) and moves past it.
    private mutating func skipEscape() -> Bool {
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
            return true
        case UInt8(ascii: "u"):
            return unicodeEscape() != nil
        default:
            return false
        }
    }

    /// Reads a `\uXXXX` escape at the cursor (or a surrogate pair of two) and returns its scalar.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let first = hex4(at: index + 2) else { return nil }
        index += 6
        if first >= 0xDC00 && first <= 0xDFFF { return nil }
        guard first >= 0xD800 && first <= 0xDBFF else { return Unicode.Scalar(first) }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
              let second = hex4(at: index + 2), second >= 0xDC00 && second <= 0xDFFF
        else { return nil }
        index += 6
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    /// The value of four hex digits at `position`, if there are four.
    private func hex4(at position: Int) -> UInt32? {
        guard position >= 0, bytes.count - position >= 4 else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Decodes the contents in `range` (already checked) into `scratch`.
    private mutating func unescape(_ range: Range<Int>) -> Bool {
        let resume = index
        defer { index = resume }
        scratch.removeAll(keepingCapacity: true)
        index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                index += 1
                continue
            }
            let code = bytes[index + 1]
            let simple: UInt8? = switch code {
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "u"): nil
            default: code
            }
            if let simple {
                scratch.append(simple)
                index += 2
            } else {
                guard let scalar = unicodeEscape() else { return false }
                scratch.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return true
    }

    /// The length of the well-formed UTF-8 sequence at `position` (a non-ASCII lead byte), if it is one.
    ///
    /// Rejects what Unicode calls ill-formed: stray continuation bytes,
    /// overlong forms, encoded surrogates and anything above U+10FFFF.
    static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        let lead = bytes[position]
        let available = bytes.count - position
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            let byte = bytes[position + offset]
            return byte >= low && byte <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return available >= 2 && continuation(1) ? 2 : nil
        case 0xE0:
            return available >= 3 && continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return available >= 3 && continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return available >= 3 && continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return available >= 4 && continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return available >= 4 && continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return available >= 4 && continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }
}
