/// Time and size limits for one fetch; the defaults are Folio's, tests shrink them.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds to wait for the TCP and TLS connection (`--connect-timeout`).
    public var connectTimeoutSeconds: Int
    /// Seconds for the whole transfer, redirects included (`--max-time`).
    public var totalTimeoutSeconds: Int
    /// Largest decoded body accepted, in bytes; the fetch fails past it.
    public var maxBytes: Int
    /// Most redirects followed (`--max-redirs`).
    public var maxRedirects: Int

    /// Folio's limits: connect 10 s, total 30 s, 20 MB, 10 redirects.
    public static let standard = FetchLimits()

    /// Makes limits; every argument defaults to Folio's value.
    public init(
        connectTimeoutSeconds: Int = 10, totalTimeoutSeconds: Int = 30,
        maxBytes: Int = 20 * 1024 * 1024, maxRedirects: Int = 10
    ) {
        self.connectTimeoutSeconds = max(1, connectTimeoutSeconds)
        self.totalTimeoutSeconds = max(1, totalTimeoutSeconds)
        self.maxBytes = max(0, maxBytes)
        self.maxRedirects = max(0, maxRedirects)
    }
}
