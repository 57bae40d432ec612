import Testing
@testable import Fetching

/// curl exit codes become one-line errors.
struct CurlFailureTests {
    /// The error for exit `code` with `stderr` and a 2 MB cap.
    static func error(_ code: Int32, _ stderr: String) -> FetchError {
        CurlFailure.error(exitCode: code, stderr: Array(stderr.utf8), limits: FetchLimits(maxBytes: 2 * 1024 * 1024))
    }

    @Test func exitCodesMapToTheirCases() {
        #expect(Self.error(6, "curl: (6) Could not resolve host: nowhere.invalid\n")
            == .dnsFailure(detail: "Could not resolve host: nowhere.invalid"))
        #expect(Self.error(7, "curl: (7) Failed to connect\n") == .connectionRefused(detail: "Failed to connect"))
        #expect(Self.error(28, "curl: (28) Operation timed out\n") == .timedOut(detail: "Operation timed out"))
        #expect(Self.error(47, "curl: (47) Maximum (10) redirects followed\n") == .tooManyRedirects(limit: 10))
        #expect(Self.error(63, "curl: (63) Maximum file size exceeded\n") == .tooBig(limitBytes: 2 * 1024 * 1024))
        #expect(Self.error(56, "curl: (56) Recv failure\n") == .curlFailed(curlCode: 56, detail: "Recv failure"))
    }

    @Test(arguments: [35, 51, 58, 60, 77, 83, 90, 91] as [Int32])
    func tlsCodesAreTLSFailures(code: Int32) {
        #expect(Self.error(code, "curl: (\(code)) SSL certificate problem\n")
            == .tlsFailure(curlCode: code, detail: "SSL certificate problem"))
    }

    @Test func everyDescriptionIsOneLine() {
        let errors: [FetchError] = [
            Self.error(6, "curl: (6) two\nlines\u{1b}[31m red\n"), Self.error(99, ""), .tooBig(limitBytes: 20 * 1024 * 1024),
            .httpStatus(404), .httpStatus(599), .curlNotFound, .refusedURL(reason: "x"), .cannotRunCurl(reason: "y"),
            .unexpectedCurlOutput(detail: "z"), .notReadable(mediaType: ""),
        ]
        for error in errors {
            let text = error.description
            #expect(!text.isEmpty && !text.unicodeScalars.contains { $0.value < 0x20 }, "\(text.debugDescription)")
        }
        #expect(FetchError.tooBig(limitBytes: 20 * 1024 * 1024).description == "page too big: more than 20 MB")
        #expect(FetchError.httpStatus(599).description == "HTTP 599")
        #expect(Self.error(99, "") == .curlFailed(curlCode: 99, detail: "curl exited with code 99"))
    }

    @Test func theErrorLineIsKeptWithoutItsPrefixOrTheAdviceAfterIt() {
        #expect(CurlFailure.message(Array("warning: x\ncurl: (52) Empty reply from server\n".utf8))
            == "Empty reply from server")
        let advice = "curl: (60) SSL certificate problem: self-signed certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server.\n"
        #expect(CurlFailure.message(Array(advice.utf8)) == "SSL certificate problem: self-signed certificate")
        #expect(CurlFailure.message(Array("only a warning\n".utf8)) == "only a warning")
        #expect(CurlFailure.message(Array("\n\n".utf8)) == nil)
    }
}
