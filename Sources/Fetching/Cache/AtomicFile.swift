#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents all at once: temp file in the same folder, fsync, rename, fsync the folder.
///
/// A reader sees the old file or the new one, never a half-written one, even
/// if the process dies or the machine loses power mid-write.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically; `folder` is `path`'s folder and must exist.
    public static func write(_ bytes: [UInt8], to path: String, folder: String) throws(CacheError) {
        let random = SystemRandomNumberGenerator().nextHex()
        let temp = "\(path).tmp-\(getpid())-\(random)"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: temp, reason: SystemError.text(errno)) }
        var failure: Int32 = 0
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let count = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temp, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temp)
            throw .cannotWrite(path: path, reason: SystemError.text(failure))
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Makes `path` and any missing parents (mode 0700), like `mkdir -p`.
    public static func makeFolders(_ path: String) throws(CacheError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw .cannotCreateFolder(path: prefix, reason: SystemError.text(errno))
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw .cannotCreateFolder(path: path, reason: "not a folder")
        }
    }

    /// Reads the whole file at `path`, or nil when it cannot be read.
    public static func read(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            if bytes.count > limit { return nil }
        }
    }
}

/// Random names for temp files.
extension SystemRandomNumberGenerator {
    /// A random 64-bit number in hex, for unique temp file names.
    func nextHex() -> String {
        var generator = self
        return String(generator.next() as UInt64, radix: 16)
    }
}
