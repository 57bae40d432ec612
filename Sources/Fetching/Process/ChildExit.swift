#if canImport(Glibc)
import Glibc
#endif

/// How a child process ended.
enum ChildExit: Equatable {
    /// It called `exit` with this code.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)

    /// Waits for `pid` to end (retrying on `EINTR`) and decodes its status.
    static func wait(for pid: pid_t) -> ChildExit {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .signaled(0) }
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}
