#if canImport(Glibc)
import Glibc
#endif

/// Finds a program on a `PATH` the way a shell would, without running a shell.
enum ExecutableSearch {
    /// The first executable regular file named `name` in the folders of `path`, or nil.
    /// A `name` containing "/" is checked as given.
    static func find(_ name: String, path: String) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) where folder.hasPrefix("/") {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    /// True when `path` is a regular file this process may execute.
    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
