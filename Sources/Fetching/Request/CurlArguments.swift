/// The argv Folio gives curl for one fetch; nothing here goes through a shell.
enum CurlArguments {
    /// The `Accept` header: the types the reader shows, anything else last.
    static let accept =
        "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.5"

    /// Builds the argv (argument 0 is `program`) for fetching `url`; the body
    /// goes to stdout, messages and the status record (see `WriteOut`) to stderr.
    ///
    /// `-q` comes first so no `~/.curlrc` is read. `--globoff` keeps `[]{}` in
    /// URLs literal, `--url` keeps a URL from being read as an option, and
    /// `--max-filesize` stops early when the server announces a large body
    /// (the reader enforces the cap itself for bodies without a length).
    /// With `followRedirects` false a 3xx response is the answer (its target
    /// comes in the status record), so a caller can tell permanent redirects
    /// from others. `headers` are extra request headers ("Name: value").
    static func argv(
        program: String, url: String, userAgent: String, limits: FetchLimits, marker: String,
        accept: String = accept, headers: [String] = [], followRedirects: Bool = true
    ) -> [String] {
        let redirects = followRedirects ? ["--location", "--max-redirs", String(limits.maxRedirects)] : []
        return [
            program, "-q",
            "--silent", "--show-error",
            "--globoff",
        ] + redirects + [
            "--proto", "=http,https", "--proto-redir", "=http,https",
            "--compressed",
            "--connect-timeout", String(limits.connectTimeoutSeconds),
            "--max-time", String(limits.totalTimeoutSeconds),
            "--max-filesize", String(limits.maxBytes),
            "--user-agent", headerSafe(userAgent),
            "--header", "Accept: \(headerSafe(accept))",
        ] + headers.flatMap { ["--header", headerSafe($0)] } + [
            "--write-out", WriteOut.format(marker: marker),
            "--url", url,
        ]
    }

    /// `value` with control characters turned into spaces, so it cannot add header lines.
    static func headerSafe(_ value: String) -> String {
        String(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : Character($0) })
    }
}
