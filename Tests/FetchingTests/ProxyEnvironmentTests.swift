import Testing
import TestSupport
@testable import Fetching

/// curl takes its proxy from the environment; Folio passes the variables through and nothing else.
@Suite(.timeLimit(.minutes(1)))
struct ProxyEnvironmentTests {
    @Test func httpProxyFromTheEnvironmentIsUsed() throws {
        let proxy = try TestHTTPServer { request in .body(Array("via proxy \(request.target)".utf8), type: "text/plain") }
        defer { proxy.stop() }
        let fetcher = FetchFixture.fetcher(extra: ["http_proxy": proxy.base])
        let page = try fetcher.fetch(url: "http://folio-test.invalid/page", userAgent: FetchFixture.userAgent)
        #expect(String(decoding: page.body, as: UTF8.self) == "via proxy http://folio-test.invalid/page")
        #expect(proxy.requests.map(\.target) == ["http://folio-test.invalid/page"])
    }

    @Test func noProxyBypassesTheProxy() throws {
        let origin = try TestHTTPServer { _ in .body(Array("direct".utf8), type: "text/plain") }
        defer { origin.stop() }
        let proxy = try TestHTTPServer { _ in .body(Array("via proxy".utf8), type: "text/plain") }
        defer { proxy.stop() }
        let fetcher = FetchFixture.fetcher(extra: ["http_proxy": proxy.base, "NO_PROXY": "127.0.0.1"])
        let page = try fetcher.fetch(url: origin.base + "/", userAgent: FetchFixture.userAgent)
        #expect(String(decoding: page.body, as: UTF8.self) == "direct")
        #expect(proxy.requests.isEmpty)
    }

    @Test func onlyPathAndProxyVariablesReachCurl() {
        let source = ["PATH": "/usr/bin", "HOME": "/home/x", "CURL_HOME": "/x", "https_proxy": "http://p:1",
                      "NO_PROXY": "localhost", "SSL_CERT_FILE": "/tmp/evil.pem", "LD_PRELOAD": "/tmp/x.so"]
        let entries = CurlEnvironment.entries(from: source).sorted()
        #expect(entries == ["NO_PROXY=localhost", "PATH=/usr/bin", "https_proxy=http://p:1"])
        #expect(CurlEnvironment.entries(from: [:]) == ["PATH=\(CurlEnvironment.defaultPath)"])
    }
}
