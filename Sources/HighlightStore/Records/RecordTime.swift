#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Record timestamps: ISO 8601 in UTC, whole seconds (`2025-03-01T09:30:00Z`).
public enum RecordTime {
    /// Formats `seconds` since 1970-01-01 00:00:00 UTC for a record.
    ///
    /// Years are written with at least four digits, as Foundation's
    /// `Date.ISO8601FormatStyle` wrote them before.
    public static func string(secondsSince1970 seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "1970-01-01T00:00:00Z" }
        var out = ""
        out.reserveCapacity(20)
        append(Int(parts.tm_year) + 1900, digits: 4, to: &out)
        out += "-"
        append(Int(parts.tm_mon) + 1, digits: 2, to: &out)
        out += "-"
        append(Int(parts.tm_mday), digits: 2, to: &out)
        out += "T"
        append(Int(parts.tm_hour), digits: 2, to: &out)
        out += ":"
        append(Int(parts.tm_min), digits: 2, to: &out)
        out += ":"
        append(Int(parts.tm_sec), digits: 2, to: &out)
        out += "Z"
        return out
    }

    /// The current time, formatted for a record.
    public static func now() -> String {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        return string(secondsSince1970: Int(clock.tv_sec))
    }

    /// Appends `value` in decimal, zero-padded to at least `digits` digits.
    private static func append(_ value: Int, digits: Int, to out: inout String) {
        let text = String(value.magnitude)
        if value < 0 { out += "-" }
        if text.count < digits { out += String(repeating: "0", count: digits - text.count) }
        out += text
    }
}
