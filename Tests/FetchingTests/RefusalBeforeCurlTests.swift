import Testing
@testable import Fetching

/// Failures that happen before any network traffic: the URL check and a missing curl.
@Suite(.timeLimit(.minutes(1)))
struct RefusalBeforeCurlTests {
    /// A curl that does not exist: a fetch that got as far as running curl would say `.curlNotFound`.
    static let noCurl = FetchFixture.fetcher(curl: "/nonexistent/folio-test/curl")

    @Test(arguments: [
        "ftp://example.com/file", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)",
        "http://exa mple.com/", "http://example.com/\u{7}", "http://example.com/\npath", "http://x/\u{85}",
        "-o/tmp/x", "", "example.com/page", "http:/missing-slash", "https:///no-host",
    ])
    func aNonHTTPURLIsRefusedWithoutRunningCurl(url: String) {
        let error = FetchFixture.error(Self.noCurl, url)
        guard case .refusedURL(let reason) = error else {
            Issue.record("expected the URL check to refuse \(url.debugDescription), got \(String(describing: error))")
            return
        }
        #expect(!reason.isEmpty)
        #expect(error?.description.contains("\n") == false)
    }

    @Test(arguments: ["http://example.com/", "HTTPS://example.com/a?b=c#d", "http://[::1]:8080/x"])
    func anHTTPURLPassesTheCheck(url: String) {
        #expect(URLCheck.problem(url) == nil)
        #expect(FetchFixture.error(Self.noCurl, url) == .curlNotFound)
    }

    @Test func aMissingCurlSaysHowToInstallIt() {
        let fetcher = FetchFixture.fetcher(extra: ["PATH": "/nonexistent/folio-a:/nonexistent/folio-b"])
        let error = FetchFixture.error(fetcher, "http://127.0.0.1:9/")
        #expect(error == .curlNotFound)
        #expect(error?.description == "curl not found: install it with apt-get install curl")
    }
}
