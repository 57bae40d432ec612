#if canImport(Glibc)
import Glibc
#endif

/// The current process environment as a dictionary (the first value wins for a repeated name).
public enum ProcessEnvironment {
    /// Reads `environ` now.
    public static func current() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                let name = String(text[..<equals])
                if result[name] == nil { result[name] = String(text[text.index(after: equals)...]) }
            }
            cursor += 1
        }
        return result
    }
}
