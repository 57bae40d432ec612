#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store file on disk: locked appends, atomic rewrites, plain reads.
///
/// Every write takes an exclusive `flock` on `<file>.lock` (a separate file,
/// because a rewrite renames a new inode over the data file and a lock held on
/// the old inode would protect nothing). A symlinked store is followed: the
/// lock and the rewrite act on the file it points to.
struct JournalFile: Sendable {
    /// The path as configured (for messages).
    let path: String

    /// The file writes act on: the symlink's target when `path` is a symlink.
    var resolvedPath: String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The lock file next to the data file.
    var lockPath: String { resolvedPath + ".lock" }

    /// Whether `path` itself is a symbolic link.
    var isSymlink: Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The current snapshot, or `nil` when the file does not exist.
    func snapshot() throws(StoreError) -> FileSnapshot? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .reading(path, errno: code)
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path) }
        return FileSnapshot(info)
    }

    /// Reads the file from `offset`; a missing file reads as empty.
    func read(from offset: Int = 0) throws(StoreError) -> (bytes: [UInt8], snapshot: FileSnapshot?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return ([], nil) }
            throw .reading(path, errno: code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .reading(path, errno: errno) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path) }
        var bytes: [UInt8] = []
        var buffer = Self.scratch(count: min(1 << 16, max(0, Int(info.st_size) - offset) + 1))
        var position = off_t(offset)
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .reading(path, errno: errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            position += off_t(n)
        }
        guard fstat(fd, &info) == 0 else { throw .reading(path, errno: errno) }
        var snapshot = FileSnapshot(info)
        snapshot.size = Int(position)
        return (bytes, snapshot)
    }

    /// Reads the whole file into `parser` in chunks of `chunkSize` bytes (more for
    /// a longer line), so it is never in memory at once; a missing file reads as empty.
    ///
    /// Returns the snapshot of what was read (`nil` when the file is missing).
    func read<Sink>(into parser: inout JournalParser<Sink>, chunkSize: Int = 1 << 20) throws(StoreError) -> FileSnapshot? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .reading(path, errno: code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .reading(path, errno: errno) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw .isDirectory(path) }
        parser.sink.reserveCapacity(forBytes: Int(info.st_size))
        // Sized to the file when it is smaller than a chunk, and not zero-filled:
        // every fresh page is a fault, and a 1 MB buffer for a small store made
        // each save after a pane change take about 0.3 ms longer.
        var buffer = Self.scratch(count: max(1, min(chunkSize, Int(info.st_size) + 1)))
        var filled = 0
        var position: off_t = 0
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, position) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .reading(path, errno: errno)
            }
            if n == 0 { break }
            position += off_t(n)
            filled += n
            buffer.withUnsafeMutableBufferPointer { all in
                let used = parser.feed(UnsafeBufferPointer(rebasing: all[0..<filled]))
                if used > 0 {
                    if used < filled { memmove(all.baseAddress!, all.baseAddress! + used, filled - used) }
                    filled -= used
                }
            }
        }
        buffer.withUnsafeBufferPointer { parser.finish(UnsafeBufferPointer(rebasing: $0[0..<filled])) }
        guard fstat(fd, &info) == 0 else { throw .reading(path, errno: errno) }
        var snapshot = FileSnapshot(info)
        snapshot.size = Int(position)
        return snapshot
    }

    /// A buffer of `count` bytes to read into, left uninitialized (reads fill it before use).
    private static func scratch(count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// Appends one line under the lock: newline repair and line in one `write`, then `fsync`.
    ///
    /// If the file does not end in a newline (a torn line), a newline is written
    /// first, in the same `write`, so the new record never glues onto it. On any
    /// failure the file is truncated back to its old size and nothing is kept.
    /// Returns the file offset where the line starts (after any repair newline).
    @discardableResult
    func append(line: [UInt8]) throws(StoreError) -> Int {
        try createFolder()
        let lock = try Lock(path: lockPath, reportAs: path)
        defer { lock.release() }
        let target = resolvedPath
        let fd = open(target, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writing(path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .writing(path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .isDirectory(path) }
        let oldSize = Int(info.st_size)
        var bytes: [UInt8] = []
        if oldSize > 0 {
            var last: UInt8 = 0
            let n = pread(fd, &last, 1, off_t(oldSize - 1))
            if n != 1 || last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        }
        bytes.append(contentsOf: line)
        bytes.append(UInt8(ascii: "\n"))
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                _ = ftruncate(fd, off_t(oldSize))
                throw .writing(path, errno: code)
            }
            written += n
        }
        if fsync(fd) != 0 {
            let code = errno
            _ = ftruncate(fd, off_t(oldSize))
            throw .writing(path, errno: code)
        }
        return oldSize + bytes.count - line.count - 1
    }

    /// Replaces the whole file atomically (see ``replace(_:with:reportAs:)``). Runs
    /// `transform` on the current bytes under the lock, so no concurrent append is lost;
    /// with `backup`, the current bytes are first written there the same way.
    func rewrite(backup: String? = nil, _ transform: ([UInt8]) -> [UInt8]) throws(StoreError) {
        try createFolder()
        let lock = try Lock(path: lockPath, reportAs: path)
        defer { lock.release() }
        let current = try read().bytes
        if let backup { try Self.replace(backup, with: current, reportAs: backup) }
        try Self.replace(resolvedPath, with: transform(current), reportAs: path)
    }

    /// Writes `bytes` as the file at `target` atomically: a temp file in the same
    /// folder, `fsync`, `rename` over `target`, `fsync` the folder. A reader sees
    /// the old file or the new one, never a part.
    static func replace(_ target: String, with bytes: [UInt8], reportAs path: String) throws(StoreError) {
        let folder = parent(of: target)
        let temporary = folder + "/." + lastComponent(of: target) + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writing(path, errno: errno) }
        var failure: Int32 = 0
        var written = 0
        while written < bytes.count && failure == 0 {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno != EINTR { failure = errno } } else { written += n }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .writing(path, errno: failure)
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }

    /// Creates the missing folders on the way to the file, each with mode 0700.
    func createFolder() throws(StoreError) {
        var missing: [String] = []
        var folder = Self.parent(of: path)
        while !folder.isEmpty && folder != "/" && folder != "." {
            var info = stat()
            if stat(folder, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .parentNotDirectory(path) }
                break
            }
            let code = errno
            guard code == ENOENT else { throw .writing(path, errno: code) }
            missing.append(folder)
            folder = Self.parent(of: folder)
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .writing(path, errno: errno)
        }
    }

    /// The folder part of `path` (`.` when there is none).
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The last path component.
    static func lastComponent(of path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

extension JournalFile {
    /// An exclusive `flock` on the lock file, held until `release()`.
    struct Lock {
        let fd: Int32

        init(path: String, reportAs storePath: String) throws(StoreError) {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw .writing(storePath, errno: errno) }
            while flock(fd, LOCK_EX) != 0 {
                let code = errno
                if code == EINTR { continue }
                close(fd)
                throw .writing(storePath, errno: code)
            }
            self.fd = fd
        }

        func release() {
            _ = flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
