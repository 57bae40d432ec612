/// Writes a byte count for people: whole mebibytes as "20 MB", else bytes.
enum ByteCountText {
    /// "20 MB" for 20 * 1024 * 1024, "1500 bytes" for 1500.
    static func text(_ bytes: Int) -> String {
        let mebibyte = 1024 * 1024
        if bytes >= mebibyte, bytes % mebibyte == 0 { return "\(bytes / mebibyte) MB" }
        return "\(bytes) bytes"
    }
}
