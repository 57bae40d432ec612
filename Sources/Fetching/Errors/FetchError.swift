/// Why a page could not be fetched; each `description` is one line for the status bar.
public enum FetchError: Error, Sendable, Equatable {
    /// The URL was refused before curl ran (scheme, spaces, control characters).
    case refusedURL(reason: String)
    /// No `curl` program on `PATH`.
    case curlNotFound
    /// curl exists but could not be started (`posix_spawn` or pipe failure).
    case cannotRunCurl(reason: String)
    /// The host name did not resolve (curl exit 6).
    case dnsFailure(detail: String)
    /// Nobody listens on the port, or the host refused the connection (curl exit 7).
    case connectionRefused(detail: String)
    /// The connect or total time limit passed (curl exit 28, or curl itself hung).
    case timedOut(detail: String)
    /// TLS failed: unverifiable certificate, handshake or pinning error.
    case tlsFailure(curlCode: Int32, detail: String)
    /// More redirects than allowed (curl exit 47).
    case tooManyRedirects(limit: Int)
    /// The body grew past the size cap.
    case tooBig(limitBytes: Int)
    /// The last response had a status outside 200-299.
    case httpStatus(Int)
    /// The page is not HTML, Markdown or text (see `ContentType.isReadable`).
    case notReadable(mediaType: String)
    /// Any other curl failure, with its exit code and message.
    case curlFailed(curlCode: Int32, detail: String)
    /// curl exited 0 but its `--write-out` record could not be read.
    case unexpectedCurlOutput(detail: String)
}

/// One-line messages for fetch errors.
extension FetchError: CustomStringConvertible {
    /// One line saying what went wrong.
    public var description: String {
        switch self {
        case .refusedURL(let reason): return "URL refused: \(reason)"
        case .curlNotFound: return "curl not found: install it with apt-get install curl"
        case .cannotRunCurl(let reason): return "could not run curl: \(reason)"
        case .dnsFailure(let detail): return "host not found: \(detail)"
        case .connectionRefused(let detail): return "connection refused: \(detail)"
        case .timedOut(let detail): return "timed out: \(detail)"
        case .tlsFailure(let code, let detail): return "TLS failure (curl \(code)): \(detail)"
        case .tooManyRedirects(let limit): return "too many redirects (more than \(limit))"
        case .tooBig(let limit): return "page too big: more than \(ByteCountText.text(limit))"
        case .httpStatus(let status): return HTTPReason.line(status)
        case .notReadable(let type):
            return "not HTML, Markdown or text: \(type.isEmpty ? "unknown type" : type)"
        case .curlFailed(let code, let detail): return "fetch failed (curl \(code)): \(detail)"
        case .unexpectedCurlOutput(let detail): return "unexpected curl output: \(detail)"
        }
    }
}
