/// Reading JSON numbers: the RFC 8259 grammar, checked without trapping on any size.
extension JSONCursor {
    /// A number as the store needs it: its integer value, if it has one.
    struct Number {
        /// The value as an `Int`: an integer literal that fits, or a fraction or
        /// exponent form whose value is a whole number that fits (`5.0`, `1e3`).
        /// `nil` for anything else (`5.5`, `9223372036854775808`).
        var integer: Int?
    }

    /// Reads a number at the cursor (after whitespace).
    ///
    /// Any number the grammar allows is valid, however large (RFC 8259 leaves
    /// the range to the reader): `1e400` reads as a number with no integer
    /// value, `1e-400` as zero. (Foundation's JSONSerialization rejected the
    /// whole text for a number beyond `Double`'s range, unless a repeated key
    /// replaced it.)
    mutating func number() -> Number? {
        skipWhitespace()
        let start = index
        var negative = false
        if peek == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        // Integer part: 0, or a digit 1-9 followed by digits; accumulated as a negative Int
        // (which holds Int.min) until it overflows.
        var accumulated = 0
        var overflowed = false
        guard let first = peek, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") else { return nil }
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            while let byte = peek, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if !overflowed {
                    let (times, o1) = accumulated.multipliedReportingOverflow(by: 10)
                    let (minus, o2) = times.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    if o1 || o2 { overflowed = true } else { accumulated = minus }
                }
                index += 1
            }
        }
        var isInteger = true
        if peek == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard skipDigits() else { return nil }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() else { return nil }
        }
        if isInteger && !overflowed {
            if negative { return Number(integer: accumulated) }
            let (positive, overflow) = (0).subtractingReportingOverflow(accumulated)
            return Number(integer: overflow ? nil : positive)
        }
        // An integer literal too big for Int is no integer.
        if isInteger { return Number(integer: nil) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return Number(integer: Double(text).flatMap { Int(exactly: $0) })
    }

    /// Reads one or more digits.
    private mutating func skipDigits() -> Bool {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { index += 1 }
        return index > start
    }
}
