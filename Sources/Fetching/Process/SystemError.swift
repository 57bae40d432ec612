#if canImport(Glibc)
import Glibc
#endif

/// Text for `errno` values.
enum SystemError {
    /// `strerror(code)`, e.g. "No such file or directory".
    static func text(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
