@testable import Fetching

/// Shared settings for tests that run curl against the local server.
enum FetchFixture {
    /// The User-Agent the tests send (and check the server saw).
    static let userAgent = PageFetcher.userAgent(version: "test-1.0")

    /// A fetcher with short limits and an environment without proxies, so
    /// nothing a developer's shell sets can send test traffic elsewhere.
    static func fetcher(
        connect: Int = 2, total: Int = 10, maxBytes: Int = 1 << 20, curl: String = "curl",
        extra: [String: String] = [:]
    ) -> PageFetcher {
        var environment = ["PATH": CurlEnvironment.path(in: ProcessEnvironment.current())]
        environment.merge(extra) { _, new in new }
        return PageFetcher(
            limits: FetchLimits(connectTimeoutSeconds: connect, totalTimeoutSeconds: total, maxBytes: maxBytes),
            environment: environment, curlProgram: curl
        )
    }

    /// Fetches `url`, returning the page or the error.
    static func result(_ fetcher: PageFetcher, _ url: String) -> Result<FetchedPage, FetchError> {
        do throws(FetchError) {
            return .success(try fetcher.fetch(url: url, userAgent: userAgent))
        } catch {
            return .failure(error)
        }
    }

    /// The error of a fetch that should fail (nil when it succeeded).
    static func error(_ fetcher: PageFetcher, _ url: String) -> FetchError? {
        if case .failure(let error) = result(fetcher, url) { return error }
        return nil
    }
}
