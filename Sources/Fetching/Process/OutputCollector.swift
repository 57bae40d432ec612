#if canImport(Glibc)
import Glibc
#endif

/// Reads a running curl's stdout (the body) and stderr (messages and the
/// status record) at once until both close, enforcing the size cap and a
/// last-resort deadline by killing curl.
struct OutputCollector {
    /// Why the collector killed curl, if it did.
    enum Stop: Equatable {
        /// The body passed `maxBytes`.
        case tooBig
        /// curl was still running at the deadline.
        case deadline
    }

    /// Everything one curl run produced.
    struct Output {
        /// The body from curl's stdout (at most `maxBytes` bytes kept).
        var body: [UInt8] = []
        /// curl's stderr: messages and the `--write-out` record (at most `textLimit` bytes kept).
        var stderr: [UInt8] = []
        /// How curl ended.
        var exit: ChildExit = .exited(0)
        /// Set when the collector killed curl.
        var stop: Stop?
    }

    /// The most stderr bytes kept; the rest is read and dropped.
    static let textLimit = 64 * 1024

    /// The child to watch.
    let pid: pid_t
    /// The largest body accepted.
    let maxBytes: Int
    /// Monotonic milliseconds after which curl is killed.
    let deadline: Int64

    /// Reads both read ends (closing them) until end of file, then reaps the child.
    func run(body: Int32, stderr: Int32) -> Output {
        var output = Output()
        var fds = [body, stderr]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while fds.contains(where: { $0 >= 0 }) {
            let wait = deadline - MonotonicClock.milliseconds()
            if wait <= 0, output.stop == nil { stopChild(&output, .deadline) }
            // After a kill the ends close at once; a second of grace bounds the loop anyway.
            let timeout = output.stop == nil ? Int32(clamping: max(wait, 1)) : 1000
            var polls = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polls, nfds_t(polls.count), timeout)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 || (ready == 0 && output.stop != nil) {
                if output.stop == nil { stopChild(&output, .deadline) }
                break
            }
            for index in fds.indices where fds[index] >= 0 && polls[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index], $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                if count <= 0 {
                    close(fds[index])
                    fds[index] = -1
                } else if index == 0 {
                    output.body += buffer[0..<count]
                    if output.body.count > maxBytes, output.stop == nil {
                        output.body.removeSubrange(maxBytes...)
                        stopChild(&output, .tooBig)
                        close(fds[0])
                        fds[0] = -1
                    }
                } else if output.stderr.count < Self.textLimit {
                    output.stderr += buffer[0..<min(count, Self.textLimit - output.stderr.count)]
                }
            }
        }
        for fd in fds where fd >= 0 { close(fd) }
        output.exit = ChildExit.wait(for: pid)
        return output
    }

    /// Kills curl (only this child, by its pid) and records why.
    private func stopChild(_ output: inout Output, _ reason: Stop) {
        output.stop = reason
        kill(pid, SIGKILL)
    }
}
