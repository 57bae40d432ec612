#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file with POSIX calls, turning each failure into an ``ArticleLoadError``.
enum FileBytes {
    /// The bytes of the file at `path`.
    static func contents(of path: String) throws(ArticleLoadError) -> [UInt8] {
        let info = try status(of: path)
        let descriptor = try openForReading(path)
        defer { close(descriptor) }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, size > 0 {
            // A regular file: read straight into an array of its size, then on to its end.
            var filled = 0
            var bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized throws(ArticleLoadError) in
                while filled < size {
                    let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                    if count == 0 { break }
                    if count < 0 {
                        if errno == EINTR { continue }
                        initialized = filled
                        throw .unreadable(path, reason: reason(errno))
                    }
                    filled += count
                }
                initialized = filled
            }
            if filled == size { try appendRest(of: descriptor, path: path, to: &bytes) }
            return bytes
        }
        var bytes: [UInt8] = []
        try appendRest(of: descriptor, path: path, to: &bytes)
        return bytes
    }

    /// Reads `descriptor` to its end in 64 KB chunks, appending to `bytes`.
    private static func appendRest(of descriptor: Int32, path: String, to bytes: inout [UInt8]) throws(ArticleLoadError) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: reason(errno))
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The first `maxBytes` bytes of the file at `path`, or `nil` when it is not a
    /// regular file of at least `minimumSize` bytes (then read it whole instead).
    static func prefix(of path: String, maxBytes: Int, unlessSmallerThan minimumSize: Int) throws(ArticleLoadError) -> [UInt8]? {
        let info = try status(of: path)
        guard (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= minimumSize else { return nil }
        let descriptor = try openForReading(path)
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        var filled = 0
        while filled < maxBytes {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, maxBytes - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: reason(errno))
            }
            filled += count
        }
        bytes.removeSubrange(filled...)
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
