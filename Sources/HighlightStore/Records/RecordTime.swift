import Foundation

/// Record timestamps: ISO 8601 in UTC, whole seconds (`2025-03-01T09:30:00Z`).
public enum RecordTime {
    /// Formats `date` for a record.
    public static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// The current time, formatted for a record.
    public static func now() -> String { string(Date()) }
}
