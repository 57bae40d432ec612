/// Reading a member's value as the type a record field wants, skipping any other value.
extension JSONCursor {
    /// The value at the cursor if it is a string, else `.some(nil)` after skipping it; `nil` if invalid.
    ///
    /// With `shared`, equal values read before give the same string (see ``StringTable``).
    mutating func stringField(depth: Int, shared: Bool = false) -> String?? {
        skipWhitespace()
        if peek == UInt8(ascii: "\"") {
            guard let value = shared ? sharedString() : string() else { return nil }
            return .some(value)
        }
        return skipValue(depth: depth) ? .some(nil) : nil
    }

    /// The value at the cursor if it is a number with an integer value (see ``Number``),
    /// else `.some(nil)` after skipping it; `nil` if invalid.
    mutating func integerField(depth: Int) -> Int?? {
        skipWhitespace()
        if let byte = peek, byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard let value = number() else { return nil }
            return .some(value.integer)
        }
        return skipValue(depth: depth) ? .some(nil) : nil
    }
}
