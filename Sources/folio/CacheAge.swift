#if canImport(Glibc)
import Glibc
#endif

/// Says when a cached page was fetched, for the offline notice.
enum CacheAge {
    /// "on 2026-12-03 at 08:50 UTC" for Unix time `seconds`.
    static func describe(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "earlier" }
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "on %Y-%m-%d at %H:%M UTC", &parts)
        return count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "earlier"
    }
}
