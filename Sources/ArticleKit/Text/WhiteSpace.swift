/// Unicode's White_Space property (`Unicode.Scalar.Properties.isWhitespace`) as a
/// switch over its 25 code points, without the standard library's table lookup.
enum WhiteSpace {
    /// Whether the scalar value has the White_Space property.
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
