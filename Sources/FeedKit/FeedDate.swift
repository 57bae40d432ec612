/// Feed dates: RFC 822 (RSS) and ISO 8601 (Atom, JSON Feed, Dublin Core) in the forms real feeds write,
/// as seconds since 1970 UTC; anything unreadable is `nil`, never a guess.
public enum FeedDate {
    /// The time `text` names, or `nil`.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingSpacesAndNewlines
        guard let first = trimmed.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first), trimmed.count >= 10, Array(trimmed.utf8)[4] == UInt8(ascii: "-") {
            return iso8601(trimmed)
        }
        return rfc822(trimmed)
    }

    /// `seconds` as "2026-12-03T08:01:00Z".
    public static func iso(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// ISO 8601: a date, or a date and time (`T` or a space), seconds and fractions optional, then Z or an offset.
    static func iso8601(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + digits)] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            index += digits
            return value
        }
        func skip(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if index < scalars.count, scalars[index] == "T" || scalars[index] == "t" || scalars[index] == " " {
            index += 1
            guard let h = number(2), skip(":"), let m = number(2) else { return nil }
            hour = h
            minute = m
            if skip(":") { guard let s = number(2) else { return nil }; second = s }
            if skip(".") || skip(",") { while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 } }
            if skip("Z") || skip("z") {
            } else if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                let sign = scalars[index] == "-" ? -1 : 1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = skip(":")
                let om = number(2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index == scalars.count else { return nil }
        return seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// RFC 822 and its variants: an optional weekday, day, month name, 2- or 4-digit year,
    /// time with or without seconds, and a zone (offset, name, or none for UTC).
    static func rfc822(_ text: String) -> Int? {
        // Split on bytes: a date is ASCII, and splitting Characters would find grapheme breaks first.
        var words = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 }).map { String(decoding: $0, as: UTF8.self) }
        if let first = words.first, first.count >= 3, first.allSatisfy(\.isLetter), month(first) == nil { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        // "01 Jan 2024" or "Jan 01 2024".
        var day: Int?, monthNumber: Int?
        if let d = Int(words[0]), let m = month(words[1]) { day = d; monthNumber = m } else if let m = month(words[0]), let d = Int(words[1]) { day = d; monthNumber = m }
        guard let day, let monthNumber, var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0, offset = 0
        if words.count >= 4 {
            let time = words[3].split(separator: ":").map { Int($0) }
            guard time.count >= 2, time.count <= 3, !time.contains(where: { $0 == nil }) else { return nil }
            hour = time[0]!
            minute = time[1]!
            second = time.count == 3 ? time[2]! : 0
        }
        if words.count >= 5 {
            guard let zone = zoneOffset(words[4]) else { return nil }
            offset = zone
        }
        return seconds(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// A month by its English name or three-letter abbreviation (any case), 1-12.
    static func month(_ word: String) -> Int? {
        // The first three bytes, lower-cased (ASCII letters only), against the abbreviations.
        var key: UInt32 = 0
        var count = 0
        for byte in word.utf8.prefix(3) {
            guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) else { return nil }
            key = key << 8 | UInt32(byte | 0x20)
            count += 1
        }
        guard count == 3 else { return nil }
        let names: [UInt32] = [0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E,
                               0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563]
        return names.firstIndex(of: key).map { $0 + 1 }
    }

    /// Seconds east of UTC for "+0100", "-05:00", "GMT", "EST" and the other US zone names; `nil` when unknown.
    static func zoneOffset(_ zone: String) -> Int? {
        let upper = zone.uppercased()
        let named: [(String, Int)] = [("GMT", 0), ("UT", 0), ("UTC", 0), ("Z", 0), ("EST", -5), ("EDT", -4), ("CST", -6),
                                      ("CDT", -5), ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7)]
        if let hours = named.first(where: { $0.0 == upper })?.1 { return hours * 3600 }
        let scalars = Array(upper.replacingColon.unicodeScalars)
        guard scalars.count == 5, scalars[0] == "+" || scalars[0] == "-",
              let value = Int(String(String.UnicodeScalarView(scalars[1...]))) else { return nil }
        let sign = scalars[0] == "-" ? -1 : 1
        return sign * (value / 100 * 3600 + value % 100 * 60)
    }

    /// Seconds since 1970 for a UTC time shifted by `offset`; `nil` for impossible fields.
    static func seconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> Int? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              (0...60).contains(second), (1...9999).contains(year) else { return nil }
        return days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension String {
    /// The text without colons ("+05:30" → "+0530").
    var replacingColon: String { filter { $0 != ":" } }
}
