#if canImport(Glibc)
import Glibc
#endif

/// Writes straight to the standard streams, unbuffered.
enum FileHandleOutput {
    /// Writes `text` to standard output: its UTF-8 storage in as few `write` calls as
    /// the kernel takes (no line buffering, no copy). Stops quietly on a write error.
    static func standardOutput(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let count = write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                done += count
            }
        }
    }

    /// Writes `text` to standard error.
    static func standardError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
