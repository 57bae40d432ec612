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

    /// Seconds since 1970 of a record time (`2025-03-01T09:30:00Z`); nil for any other form.
    public static func seconds(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int32? {
            var value: Int32 = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int32(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Int64(timegm(&parts))
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
