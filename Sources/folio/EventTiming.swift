#if canImport(Glibc)
import Glibc
#endif

/// Appends the time each event took (update, effects, render, present) to a file, for the benchmark.
final class EventTiming {
    private let file: UnsafeMutablePointer<FILE>

    /// Opens `path` for appending; `nil` when no path is given or it cannot be opened.
    init?(path: String?) {
        guard let path, !path.isEmpty, let file = fopen(path, "a") else { return nil }
        self.file = file
    }

    /// A monotonic clock in nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Writes the microseconds since `start` as one line.
    func record(since start: UInt64) {
        fputs("\((Self.now() - start) / 1000)\n", file)
    }

    /// Flushes and closes the file.
    func close() {
        fclose(file)
    }
}
