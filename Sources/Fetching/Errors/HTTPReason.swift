/// Reason phrases for the HTTP statuses a reader meets, for error lines like "HTTP 404 Not Found".
enum HTTPReason {
    /// The standard phrase for `status`, or nil for an unusual one.
    static func phrase(_ status: Int) -> String? {
        switch status {
        case 300: "Multiple Choices"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 407: "Proxy Authentication Required"
        case 408: "Request Timeout"
        case 410: "Gone"
        case 412: "Precondition Failed"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 418: "I'm a teapot"
        case 421: "Misdirected Request"
        case 429: "Too Many Requests"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        default: nil
        }
    }

    /// "HTTP 404 Not Found", or "HTTP 599" when the status has no known phrase.
    static func line(_ status: Int) -> String {
        guard let phrase = phrase(status) else { return "HTTP \(status)" }
        return "HTTP \(status) \(phrase)"
    }
}
