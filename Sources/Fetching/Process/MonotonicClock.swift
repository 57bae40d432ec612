#if canImport(Glibc)
import Glibc
#endif

/// Milliseconds on the monotonic clock, for deadlines that wall-clock changes cannot move.
enum MonotonicClock {
    /// Milliseconds since an arbitrary fixed point.
    static func milliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
