import FeedKit
import Testing

/// Dates as real feeds write them, to the second in UTC; junk is nil.
@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 03 Dec 2024 10:00:00 GMT", "2024-12-03T10:00:00Z"),
        ("Tue, 03 Dec 2024 10:00:00 +0100", "2024-12-03T09:00:00Z"),
        ("3 Dec 2024 10:00 EST", "2024-12-03T15:00:00Z"),              // no weekday, no seconds, a named zone
        ("Tue, 03 Dec 24 10:00:00 PDT", "2024-12-03T17:00:00Z"),        // two-digit year
        ("Wed, 01 Jan 99 00:00:00 UT", "1999-01-01T00:00:00Z"),
        ("Tue, 03 December 2024 10:00:00 -05:30", "2024-12-03T15:30:00Z"),
        ("03 Dec 2024", "2024-12-03T00:00:00Z"),
        ("2024-12-03T08:01:00Z", "2024-12-03T08:01:00Z"),
        ("2024-12-03T08:01:00.250+02:00", "2024-12-03T06:01:00Z"),
        ("2024-12-03 08:01:00", "2024-12-03T08:01:00Z"),
        ("2024-12-03T08:01Z", "2024-12-03T08:01:00Z"),
        ("2024-12-03", "2024-12-03T00:00:00Z"),
        ("  2024-02-29T23:59:59-0000 ", "2024-02-29T23:59:59Z"),
    ])
    func readable(text: String, iso: String) {
        #expect(FeedDate.parse(text).map(FeedDate.iso) == iso, "\(text)")
    }

    @Test(arguments: ["", "yesterday", "Tue, 35 Dec 2024 10:00:00 GMT", "2024-13-01", "2024-12-03T25:61:00Z",
                      "Tue, 03 Foo 2024 10:00:00 GMT", "03 Dec 2024 10:00:00 Mars", "2024-12-03Tjunk", "🙂"])
    func unreadableIsNil(text: String) {
        #expect(FeedDate.parse(text) == nil, "\(text)")
    }

    @Test func isoWritesEveryFieldWithLeadingZeros() {
        #expect(FeedDate.iso(0) == "1970-01-01T00:00:00Z")
        #expect(FeedDate.iso(-1) == "1969-12-31T23:59:59Z")
    }
}
