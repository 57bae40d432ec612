/// Why a page could not be written to the cache; `description` is one line.
public enum CacheError: Error, Sendable, Equatable {
    /// A folder on the way could not be made.
    case cannotCreateFolder(path: String, reason: String)
    /// Writing, syncing or renaming the entry failed.
    case cannotWrite(path: String, reason: String)
}

/// One-line messages for cache errors.
extension CacheError: CustomStringConvertible {
    /// One line saying what went wrong.
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): return "cannot create cache folder \(path): \(reason)"
        case .cannotWrite(let path, let reason): return "cannot write cache entry \(path): \(reason)"
        }
    }
}
