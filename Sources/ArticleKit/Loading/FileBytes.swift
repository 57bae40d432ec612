#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file with POSIX calls, turning each failure into an ``ArticleLoadError``.
public enum FileBytes {
    /// The bytes of the file at `path`.
    public static func contents(of path: String) throws(ArticleLoadError) -> [UInt8] {
        let info = try status(of: path)
        let descriptor = try openForReading(path)
        defer { close(descriptor) }
        // Read straight into the result, sized from the file's status; the one
        // spare byte tells a file that grew since. Nothing is zero-filled first:
        // every fresh page costs a fault, and a 64 KB scratch buffer was 16 of them.
        let expected = max(0, Int(info.st_size))
        var bytes = try read(descriptor, upTo: expected + 1, path: path)
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: reason(errno))
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    /// The first `maxBytes` bytes of the file at `path`, or `nil` when it is not a
    /// regular file of at least `minimumSize` bytes (then read it whole instead).
    static func prefix(of path: String, maxBytes: Int, unlessSmallerThan minimumSize: Int) throws(ArticleLoadError) -> [UInt8]? {
        let info = try status(of: path)
        guard (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= minimumSize else { return nil }
        let descriptor = try openForReading(path)
        defer { close(descriptor) }
        return try read(descriptor, upTo: maxBytes, path: path)
    }

    /// Up to `limit` bytes from `descriptor`, fewer at end of file, read into
    /// uninitialized storage (no page is touched before the data lands in it).
    private static func read(_ descriptor: Int32, upTo limit: Int, path: String) throws(ArticleLoadError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, initialized in
            var filled = 0
            while filled < limit {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, limit - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                filled += count
            }
            initialized = filled
        }
        if failure != 0 { throw .unreadable(path, reason: reason(failure)) }
        return bytes
    }

    /// The file's status; a missing file, an unreadable one and a directory are errors.
    private static func status(of path: String) throws(ArticleLoadError) -> stat {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT { throw .missing(path) }
            throw .unreadable(path, reason: reason(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .directory(path) }
        return info
    }

    /// A read-only descriptor for `path`.
    private static func openForReading(_ path: String) throws(ArticleLoadError) -> Int32 {
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0 { throw .unreadable(path, reason: reason(errno)) }
        return descriptor
    }

    /// The system's text for an errno value, e.g. "Permission denied".
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
