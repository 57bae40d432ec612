/// The small, explicit environment curl runs with.
///
/// Only `PATH` and the proxy variables pass through; `HOME` is left out (and
/// `-q` is the first argument), so no `~/.curlrc` or other user file changes
/// what curl does. curl applies `http_proxy`, `HTTPS_PROXY`, `ALL_PROXY` and
/// `NO_PROXY` itself, so Folio never passes `--proxy` or `--noproxy`.
enum CurlEnvironment {
    /// The proxy variables curl reads, in both spellings.
    static let proxyVariables = [
        "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
        "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
    ]

    /// The `PATH` used when the caller's environment has none.
    static let defaultPath = "/usr/local/bin:/usr/bin:/bin"

    /// `NAME=value` strings for curl, taken from `source`.
    static func entries(from source: [String: String]) -> [String] {
        var entries = ["PATH=\(path(in: source))"]
        for name in proxyVariables {
            if let value = source[name], !value.isEmpty { entries.append("\(name)=\(value)") }
        }
        return entries
    }

    /// The search path from `source`, or `defaultPath` when unset or empty.
    static func path(in source: [String: String]) -> String {
        guard let path = source["PATH"], !path.isEmpty else { return defaultPath }
        return path
    }
}
