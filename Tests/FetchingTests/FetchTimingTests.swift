import Foundation
import Testing
import TestSupport
import Fetching

/// Measures one fetch from 127.0.0.1, curl's process start included, for docs/DECISIONS.md.
/// Runs only with FOLIO_MEASURE_FETCH=1 (a number, not a pass/fail check).
@Suite(.timeLimit(.minutes(1)))
struct FetchTimingTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FOLIO_MEASURE_FETCH"] == "1"))
    func oneLocalFetchTakes() throws {
        let body = Array(String(repeating: "<p>Twenty kilobytes of article text, more or less.</p>\n", count: 370).utf8)
        let server = try TestHTTPServer { _ in .body(body, type: "text/html; charset=utf-8") }
        defer { server.stop() }
        let fetcher = FetchFixture.fetcher()
        var samples: [Double] = []
        for round in 0..<60 {
            let start = DispatchTime.now().uptimeNanoseconds
            let page = try fetcher.fetch(url: server.base + "/\(round)", userAgent: FetchFixture.userAgent)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            #expect(page.body == body)
            if round >= 10 { samples.append(elapsed) }
        }
        samples.sort()
        let median = samples[samples.count / 2], p90 = samples[samples.count * 9 / 10]
        print(String(format: "FETCH_TIMING %d fetches of %d bytes: min %.2f ms, median %.2f ms, p90 %.2f ms, max %.2f ms",
                     samples.count, body.count, samples[0], median, p90, samples[samples.count - 1]))
    }
}
