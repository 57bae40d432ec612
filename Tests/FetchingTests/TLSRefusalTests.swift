import Testing
@testable import Fetching

/// TLS is always verified: a self-signed certificate is refused.
@Suite(.timeLimit(.minutes(1)))
struct TLSRefusalTests {
    @Test func aSelfSignedCertificateIsRefused() throws {
        // `make deps` installs openssl: its absence fails the test rather than skipping it.
        let openssl = try #require(OpenSSLServer.program(), "the openssl program is missing (make deps installs it)")
        let folder = try TempFolder()
        defer { folder.remove() }
        let server = try OpenSSLServer(openssl: openssl, folder: folder.path)
        defer { server.stop() }
        let error = FetchFixture.error(FetchFixture.fetcher(), "https://127.0.0.1:\(server.port)/")
        guard case .tlsFailure(let code, let detail) = error else {
            Issue.record("expected a TLS failure, got \(String(describing: error))")
            return
        }
        #expect(code == 60)
        #expect(detail.lowercased().contains("certificate"))
        #expect(error?.description.hasPrefix("TLS failure (curl 60): ") == true)
    }
}
