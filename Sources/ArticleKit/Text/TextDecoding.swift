/// Turns raw bytes into text: UTF-8 with repair, no BOM, `\n` line endings.
public enum TextDecoding {
    /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
    public static func decode(_ bytes: [UInt8]) -> String {
        // STUB
        String(decoding: bytes, as: UTF8.self)
    }
}
