#if canImport(Glibc)
import Glibc
#endif

/// A connected pair of Unix stream sockets whose ends are close-on-exec from birth.
///
/// Used instead of `pipe()` because `pipe2(O_CLOEXEC)` is not visible to Swift
/// here and `pipe()` followed by `fcntl` leaves a moment in which another
/// thread's child could inherit an end and keep it open (tests spawn curl in
/// parallel). `SOCK_CLOEXEC` sets the flag atomically; reading either gives
/// end of file once every writer is closed, just like a pipe.
struct ChannelPair {
    /// The end the parent reads.
    let read: Int32
    /// The end the child writes.
    let write: Int32

    /// Opens a pair, or fails with the `errno` text.
    static func make() -> Result<ChannelPair, FetchError> {
        var ends: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &ends) == 0 else {
            return .failure(.cannotRunCurl(reason: SystemError.text(errno)))
        }
        shutdown(ends[0], Int32(SHUT_WR))
        shutdown(ends[1], Int32(SHUT_RD))
        return .success(ChannelPair(read: ends[0], write: ends[1]))
    }
}
