#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the store could not be read or written; each reads as one line for a human.
///
/// A failed write leaves the file as it was and the in-memory store unchanged,
/// so the caller can keep the record and try again.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder cannot be written (permissions, read-only mount, immutable).
    case readOnly(String)
    /// No space left, quota exceeded, or the file-size limit reached.
    case diskFull(String)
    /// The store path names a directory.
    case isDirectory(String)
    /// A folder on the way to the store is a regular file.
    case parentNotDirectory(String)
    /// The file exists but cannot be read.
    case unreadable(String, reason: String)
    /// Any other system error.
    case failed(String, reason: String)

    /// The store path the error is about.
    public var path: String {
        switch self {
        case .readOnly(let p), .diskFull(let p), .isDirectory(let p), .parentNotDirectory(let p),
             .unreadable(let p, _), .failed(let p, _): p
        }
    }

    /// What went wrong, in one line.
    public var description: String {
        switch self {
        case .readOnly(let p): "\(p) is read-only"
        case .diskFull(let p): "the disk holding \(p) is full"
        case .isDirectory(let p): "\(p) is a directory, not a store file"
        case .parentNotDirectory(let p): "a folder on the way to \(p) is a regular file"
        case .unreadable(let p, let reason): "\(p) cannot be read (\(reason))"
        case .failed(let p, let reason): "\(p): \(reason)"
        }
    }

    /// A one-line message for a failed save, e.g. "highlight not saved: /x/highlights.jsonl is read-only".
    public func notSaved(_ what: String) -> String { "\(what) not saved: \(description)" }

    /// The error for a failed write system call.
    static func writing(_ path: String, errno code: Int32) -> StoreError {
        switch code {
        case EROFS, EACCES, EPERM: .readOnly(path)
        case ENOSPC, EFBIG, EDQUOT: .diskFull(path)
        case EISDIR: .isDirectory(path)
        case ENOTDIR: .parentNotDirectory(path)
        default: .failed(path, reason: String(cString: strerror(code)))
        }
    }

    /// The error for a failed read system call.
    static func reading(_ path: String, errno code: Int32) -> StoreError {
        switch code {
        case EISDIR: .isDirectory(path)
        case ENOTDIR: .parentNotDirectory(path)
        default: .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
