#if canImport(Glibc)
import Glibc
#endif

/// Appends how long each event took to a file, for `make bench` (FOLIO_TIMING=path).
///
/// One line per event, written with a single `write`:
/// `event=<key or resize> update_us=N effects_us=N render_us=N present_us=N`,
/// and once after the first screen:
/// `event=open load_us=N store_us=N render_us=N present_us=N`.
/// Times are CLOCK_MONOTONIC microseconds.
final class EventTiming {
    private let descriptor: Int32

    /// Opens `path` for appending; `nil` when no path is given or it cannot be opened.
    init?(path: String?) {
        guard let path, !path.isEmpty else { return nil }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    /// A monotonic clock in nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Microseconds from `start` to `end`.
    static func micros(_ start: UInt64, _ end: UInt64) -> UInt64 {
        (end &- start) / 1000
    }

    /// Writes one line of `name=value` fields.
    func record(_ fields: [(String, String)]) {
        var line = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
        line += "\n"
        _ = line.withCString { write(descriptor, $0, strlen($0)) }
    }

    /// Closes the file.
    func close() {
        _ = Glibc.close(descriptor)
    }
}
