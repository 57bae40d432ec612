/// New record ids: random (version 4) UUIDs in upper-case hex, as Foundation's `UUID().uuidString` wrote them.
public enum RecordID {
    /// A new random id such as `EE7FBC5F-9A12-43D7-9B4A-ED5B6BC6BA59`.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        bytes[6] = bytes[6] & 0x0F | 0x40  // version 4
        bytes[8] = bytes[8] & 0x3F | 0x80  // RFC 4122 variant
        return format(bytes)
    }

    /// The 16 bytes written as 8-4-4-4-12 upper-case hex digits.
    static func format(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
