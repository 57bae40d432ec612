import Testing
import TestSupport
@testable import Fetching

/// Fetches from a server the test starts on 127.0.0.1; nothing leaves the machine.
@Suite(.timeLimit(.minutes(1)))
struct FetchOverHTTPTests {
    @Test func okPageReturnsStatusTypeBodyAndSendsTheUserAgent() throws {
        let html = Array("<html><body><p>Hello \u{00e9}</p></body></html>".utf8)
        let server = try TestHTTPServer { _ in .body(html, type: "text/html; charset=UTF-8") }
        defer { server.stop() }
        let page = try FetchFixture.fetcher().fetch(url: server.base + "/article", userAgent: FetchFixture.userAgent)
        #expect(page.status == 200)
        #expect(page.body == html)
        #expect(page.contentType.mediaType == "text/html")
        #expect(page.contentType.charset == "utf-8")
        #expect(page.finalURL == server.base + "/article")
        let request = try #require(server.requests.first)
        #expect(request.headers["user-agent"] == "Folio/test-1.0")
        #expect(request.target == "/article")
    }

    @Test func aRedirectChainEndsAtTheFinalURL() throws {
        let server = try TestHTTPServer { request in
            switch request.target {
            case "/a": .redirect("/b")
            case "/b": .redirect("/c", status: 302)
            case "/c": .redirect("/final?x=1", status: 308)
            case "/final?x=1": .body(Array("done".utf8), type: "text/plain")
            default: .body([], type: nil, status: 404, reason: "Not Found")
            }
        }
        defer { server.stop() }
        let page = try FetchFixture.fetcher().fetch(url: server.base + "/a", userAgent: FetchFixture.userAgent)
        #expect(page.finalURL == server.base + "/final?x=1")
        #expect(String(decoding: page.body, as: UTF8.self) == "done")
        #expect(server.requests.map(\.target) == ["/a", "/b", "/c", "/final?x=1"])
    }

    @Test func aRedirectLoopIsTooManyRedirects() throws {
        let server = try TestHTTPServer { request in request.target == "/ping" ? .redirect("/pong") : .redirect("/ping") }
        defer { server.stop() }
        let error = FetchFixture.error(FetchFixture.fetcher(), server.base + "/ping")
        #expect(error == .tooManyRedirects(limit: 10))
        #expect(error?.description == "too many redirects (more than 10)")
        #expect(server.requests.count == 11)
    }

    @Test(arguments: [(404, "Not Found"), (500, "Internal Server Error"), (410, "Gone")])
    func anErrorStatusIsReportedWithItsReason(status: Int, reason: String) throws {
        let server = try TestHTTPServer { _ in .body(Array("nope".utf8), type: "text/html", status: status, reason: reason) }
        defer { server.stop() }
        let error = FetchFixture.error(FetchFixture.fetcher(), server.base + "/missing")
        #expect(error == .httpStatus(status))
        #expect(error?.description == "HTTP \(status) \(reason)")
    }

    @Test func aSlowBodyTimesOut() throws {
        let server = try TestHTTPServer { _ in
            TestHTTPServer.Response(headers: [("Content-Type", "text/html")],
                                    chunks: Array(repeating: Array("<p>slow</p>".utf8), count: 40), pause: 250,
                                    sendLength: false)
        }
        defer { server.stop() }
        let start = MonotonicClock.milliseconds()
        let error = FetchFixture.error(FetchFixture.fetcher(connect: 1, total: 1), server.base + "/slow")
        let elapsed = MonotonicClock.milliseconds() - start
        guard case .timedOut = error else {
            Issue.record("expected a timeout, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasPrefix("timed out: ") == true)
        #expect(elapsed < 4000, "curl's --max-time 1 should end it well before the 40 x 250 ms body")
    }

    @Test func aGzipBodyArrivesDecoded() throws {
        let text = Array(String(repeating: "<p>Compressed paragraph.</p>\n", count: 3000).utf8)
        let gzip = GzipStored.encode(text)
        let server = try TestHTTPServer { request in
            guard request.headers["accept-encoding"]?.contains("gzip") == true else {
                return .body(Array("curl did not ask for gzip".utf8), type: "text/plain")
            }
            var response = TestHTTPServer.Response.body(gzip, type: "text/html")
            response.headers.append(("Content-Encoding", "gzip"))
            return response
        }
        defer { server.stop() }
        let page = try FetchFixture.fetcher().fetch(url: server.base + "/gz", userAgent: FetchFixture.userAgent)
        #expect(gzip != text)
        #expect(page.body.count == text.count)
        #expect(page.body == text)
    }

    @Test func aWrongCharsetLeavesTheBytesUntouched() throws {
        let latin1: [UInt8] = Array("<p>caf".utf8) + [0xe9] + Array(" cr".utf8) + [0xe8, 0x6d, 0x65] + Array("</p>".utf8)
        let server = try TestHTTPServer { _ in .body(latin1, type: "text/html; charset=\"UTF-8\"") }
        defer { server.stop() }
        let page = try FetchFixture.fetcher().fetch(url: server.base + "/", userAgent: FetchFixture.userAgent)
        #expect(page.body == latin1)
        #expect(page.contentType.charset == "utf-8")
    }

    @Test func aBodyThatLooksLikeCurlOutputIsReturnedAsIs() throws {
        let body: [UInt8] = Array("%{http_code}\n000\ntext/evil\nhttp://evil/\ncurl: (6) fake\n".utf8)
            + (0...255).map { UInt8($0) }
        let server = try TestHTTPServer { _ in .body(body, type: "application/octet-stream") }
        defer { server.stop() }
        let page = try FetchFixture.fetcher().fetch(url: server.base + "/bin", userAgent: FetchFixture.userAgent)
        #expect(page.body == body)
        #expect(page.status == 200 && page.finalURL == server.base + "/bin")
        #expect(page.contentType.isReadable == false)
        #expect(throws: FetchError.notReadable(mediaType: "application/octet-stream")) { try page.requireReadable() }
    }

    @Test(arguments: [false, true])
    func aBodyOverTheCapIsTooBig(announced: Bool) throws {
        let cap = 100_000
        let server = try TestHTTPServer { _ in
            TestHTTPServer.Response(headers: [("Content-Type", "text/html")],
                                    chunks: Array(repeating: [UInt8](repeating: 0x61, count: 16_384), count: 20),
                                    sendLength: announced)
        }
        defer { server.stop() }
        let error = FetchFixture.error(FetchFixture.fetcher(maxBytes: cap), server.base + "/big")
        #expect(error == .tooBig(limitBytes: cap))
        #expect(error?.description == "page too big: more than 100000 bytes")
    }

    @Test func aBodyExactlyAtTheCapIsAccepted() throws {
        let body = [UInt8](repeating: 0x62, count: 50_000)
        let server = try TestHTTPServer { _ in
            TestHTTPServer.Response(headers: [("Content-Type", "text/plain")], chunks: [body], sendLength: false)
        }
        defer { server.stop() }
        let page = try FetchFixture.fetcher(maxBytes: body.count).fetch(url: server.base + "/", userAgent: FetchFixture.userAgent)
        #expect(page.body == body)
    }

    @Test func aPortNobodyListensOnIsConnectionRefused() throws {
        let port = FreePort.closedPort()
        let error = FetchFixture.error(FetchFixture.fetcher(), "http://127.0.0.1:\(port)/")
        guard case .connectionRefused = error else {
            Issue.record("expected connection refused, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasPrefix("connection refused: ") == true)
    }

    @Test func aRedirectToAnotherSchemeIsNotFollowed() throws {
        let server = try TestHTTPServer { _ in .redirect("file:///etc/passwd") }
        defer { server.stop() }
        let error = FetchFixture.error(FetchFixture.fetcher(), server.base + "/")
        guard case .curlFailed(let code, _) = error else {
            Issue.record("expected curl to refuse the redirect, got \(String(describing: error))")
            return
        }
        #expect(code == 1)
    }
}
