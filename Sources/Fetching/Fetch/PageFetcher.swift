#if canImport(Glibc)
import Glibc
#endif

/// Fetches one web page by running the `curl` program with an argv (never a shell).
///
/// curl does TLS verification against the system CA store, proxies from the
/// environment, gzip/brotli decoding and redirects; this type checks the URL
/// first, reads curl's output through pipes, caps the body size, and turns
/// curl's exit code and the HTTP status into a `FetchError`.
/// See docs/DECISIONS.md (2026-12-03) for why curl and not a linked HTTP client.
public struct PageFetcher: Sendable {
    /// Time and size limits for each fetch.
    public var limits: FetchLimits
    /// The environment curl's `PATH` and proxy variables are taken from.
    public var environment: [String: String]
    /// The curl program: a name looked up on `PATH`, or a path.
    public var curlProgram: String

    /// Seconds the reader waits past curl's own `--max-time` before killing it.
    static let killGraceSeconds = 5

    /// Makes a fetcher; by default with Folio's limits, this process's environment and `curl` from `PATH`.
    public init(
        limits: FetchLimits = .standard, environment: [String: String] = ProcessEnvironment.current(),
        curlProgram: String = "curl"
    ) {
        self.limits = limits
        self.environment = environment
        self.curlProgram = curlProgram
    }

    /// The User-Agent Folio sends: `Folio/<version>`.
    public static func userAgent(version: String) -> String { "Folio/\(version)" }

    /// Fetches `url` (http or https only), following at most `limits.maxRedirects` redirects.
    ///
    /// Returns the page for a final status 200-299; every other outcome is a
    /// `FetchError` whose `description` is one line.
    public func fetch(url: String, userAgent: String) throws(FetchError) -> FetchedPage {
        if let problem = URLCheck.problem(url) { throw .refusedURL(reason: problem) }
        guard let program = ExecutableSearch.find(curlProgram, path: CurlEnvironment.path(in: environment)) else {
            throw .curlNotFound
        }
        let marker = WriteOut.makeMarker()
        let argv = CurlArguments.argv(program: program, url: url, userAgent: userAgent, limits: limits, marker: marker)
        let output = try run(program: program, argv: argv)
        return try Self.page(from: output, marker: marker, limits: limits)
    }

    /// One request and its response, whatever the status (a 304, a 3xx when
    /// `followRedirects` is false, a 404): only failures to get a response throw.
    public func exchange(_ request: HTTPRequest, userAgent: String) throws(FetchError) -> HTTPResponse {
        if let problem = URLCheck.problem(request.url) { throw .refusedURL(reason: problem) }
        guard let program = ExecutableSearch.find(curlProgram, path: CurlEnvironment.path(in: environment)) else {
            throw .curlNotFound
        }
        let marker = WriteOut.makeMarker()
        let argv = CurlArguments.argv(program: program, url: request.url, userAgent: userAgent, limits: limits, marker: marker,
                                      accept: request.accept, headers: request.headers, followRedirects: request.followRedirects)
        let output = try run(program: program, argv: argv)
        let record = try Self.record(from: output, marker: marker, limits: limits)
        return HTTPResponse(status: record.status, contentType: ContentType(header: record.contentType),
                            etag: record.etag.isEmpty ? nil : record.etag,
                            lastModified: record.lastModified.isEmpty ? nil : record.lastModified,
                            redirectURL: record.redirectURL.isEmpty ? nil : record.redirectURL,
                            finalURL: record.finalURL, body: output.body)
    }

    /// Starts curl with its two channels and collects everything it writes.
    func run(program: String, argv: [String]) throws(FetchError) -> OutputCollector.Output {
        var opened: [ChannelPair] = []
        defer { for pair in opened { close(pair.read); close(pair.write) } }
        for _ in 0..<2 {
            switch ChannelPair.make() {
            case .success(let pair): opened.append(pair)
            case .failure(let error): throw error
            }
        }
        let started = ChildSpawn.start(
            path: program, argv: argv, environment: CurlEnvironment.entries(from: environment),
            stdout: opened[0].write, stderr: opened[1].write
        )
        let pid: pid_t
        switch started {
        case .success(let child): pid = child
        case .failure(let error): throw error
        }
        for pair in opened { close(pair.write) }
        let reads = opened.map(\.read)
        opened = []
        let deadline = MonotonicClock.milliseconds()
            + Int64(limits.totalTimeoutSeconds + Self.killGraceSeconds) * 1000
        let collector = OutputCollector(pid: pid, maxBytes: limits.maxBytes, deadline: deadline)
        return collector.run(body: reads[0], stderr: reads[1])
    }

    /// Turns one curl run into a page or an error.
    static func page(from output: OutputCollector.Output, marker: String, limits: FetchLimits) throws(FetchError) -> FetchedPage {
        let record = try record(from: output, marker: marker, limits: limits)
        guard (200...299).contains(record.status) else { throw .httpStatus(record.status) }
        return FetchedPage(
            finalURL: record.finalURL, status: record.status,
            contentType: ContentType(header: record.contentType), body: output.body
        )
    }

    /// The status record of one curl run that got a response, or the error of one that did not.
    static func record(from output: OutputCollector.Output, marker: String, limits: FetchLimits) throws(FetchError) -> WriteOut {
        switch output.stop {
        case .tooBig: throw .tooBig(limitBytes: limits.maxBytes)
        case .deadline: throw .timedOut(detail: "curl still running after \(limits.totalTimeoutSeconds) s")
        case nil: break
        }
        let (record, messages) = WriteOut.split(output.stderr, marker: marker)
        switch output.exit {
        case .signaled(let signal): throw .curlFailed(curlCode: -1, detail: "curl ended by signal \(signal)")
        case .exited(let code) where code != 0:
            throw CurlFailure.error(exitCode: code, stderr: messages, limits: limits)
        case .exited: break
        }
        guard let record else {
            let said = CurlFailure.message(messages).map { ": \($0)" } ?? ""
            throw .unexpectedCurlOutput(detail: "no status record\(said)")
        }
        return record
    }
}
