/// Maps a failed curl run (exit code and stderr) to a `FetchError`.
enum CurlFailure {
    /// curl exit codes that mean TLS went wrong (see curl's `libcurl-errors`):
    /// handshake (35), peer certificate (51, 60), local certificate (58),
    /// cipher (59), TLS required (64), engine (53, 54, 66), CA file (77),
    /// shutdown (80), CRL (82), issuer (83), pinned key (90), OCSP status (91).
    static let tlsCodes: Set<Int32> = [35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91]

    /// The error for curl's `exitCode`, with curl's own message as the detail.
    static func error(exitCode: Int32, stderr: [UInt8], limits: FetchLimits) -> FetchError {
        let detail = message(stderr) ?? "curl exited with code \(exitCode)"
        switch exitCode {
        case 6: return .dnsFailure(detail: detail)
        case 7: return .connectionRefused(detail: detail)
        case 28: return .timedOut(detail: detail)
        case 47: return .tooManyRedirects(limit: limits.maxRedirects)
        case 63: return .tooBig(limitBytes: limits.maxBytes)
        case let code where tlsCodes.contains(code): return .tlsFailure(curlCode: code, detail: detail)
        default: return .curlFailed(curlCode: exitCode, detail: detail)
        }
    }

    /// curl's error line without the "curl: (7) " prefix, made safe to show on one line.
    ///
    /// The last line starting "curl: (" is the error; some errors (60) add a
    /// paragraph of advice after it, which is left out. Without such a line the
    /// last non-empty line is used.
    static func message(_ stderr: [UInt8]) -> String? {
        let text = String(decoding: stderr, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        guard let chosen = lines.last(where: { $0.hasPrefix("curl: (") })
            ?? lines.last(where: { !ContentType.trimmed($0).isEmpty }) else { return nil }
        var line = Substring(chosen)
        if line.hasPrefix("curl: ") { line = line.dropFirst(6) }
        if line.hasPrefix("("), let close = line.firstIndex(of: ")") {
            line = line[line.index(after: close)...]
        }
        let clean = String(line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : Character($0) })
        let trimmed = ContentType.trimmed(Substring(clean))
        if trimmed.isEmpty { return nil }
        return trimmed.count > 300 ? String(trimmed.prefix(300)) + "…" : trimmed
    }
}
