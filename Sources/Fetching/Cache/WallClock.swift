#if canImport(Glibc)
import Glibc
#endif

/// The wall clock, for the fetch time stored with a cached page.
public enum WallClock {
    /// Seconds since 1970-01-01 UTC.
    public static func seconds() -> Int64 { Int64(time(nil)) }
}
