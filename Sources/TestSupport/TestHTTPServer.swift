import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for fetch tests.
///
/// Each connection is served on its own thread: one request read, one
/// response written, connection closed. Every loop is bounded (read sizes,
/// timeouts, a 60 s lifetime), so a broken test cannot hang the run.
public final class TestHTTPServer: @unchecked Sendable {
    /// One request as the server saw it.
    public struct Request: Sendable {
        /// The request target, e.g. "/page" (or an absolute URL when sent to a proxy).
        public let target: String
        /// Header fields with lowercased names.
        public let headers: [String: String]
    }

    /// What to send back.
    public struct Response: Sendable {
        /// The status code.
        public var status: Int = 200
        /// The reason phrase.
        public var reason: String = "OK"
        /// Header fields, written in order.
        public var headers: [(String, String)] = []
        /// Body pieces; each is written with `send`, `pause` apart.
        public var chunks: [[UInt8]] = []
        /// Milliseconds between pieces.
        public var pause: Int = 0
        /// Whether to send `Content-Length` (else the body ends when the connection closes).
        public var sendLength = true

        /// A response from its parts.
        public init(status: Int = 200, reason: String = "OK", headers: [(String, String)] = [], chunks: [[UInt8]] = [],
                    pause: Int = 0, sendLength: Bool = true) {
            self.status = status
            self.reason = reason
            self.headers = headers
            self.chunks = chunks
            self.pause = pause
            self.sendLength = sendLength
        }

        /// A response with one body piece.
        public static func body(_ bytes: [UInt8], type: String?, status: Int = 200, reason: String = "OK") -> Response {
            var response = Response(status: status, reason: reason, chunks: [bytes])
            if let type { response.headers.append(("Content-Type", type)) }
            return response
        }

        /// A redirect to `location`.
        public static func redirect(_ location: String, status: Int = 301) -> Response {
            Response(status: status, reason: "Moved", headers: [("Location", location)], chunks: [Array("moved".utf8)])
        }
    }

    /// The port the server listens on.
    public let port: UInt16
    /// `http://127.0.0.1:<port>`.
    public var base: String { "http://127.0.0.1:\(port)" }

    /// The listening socket.
    private let listener: Int32
    /// Chooses the response to each request.
    private let handler: @Sendable (Request) -> Response
    /// Guards `stopped` and `seen`.
    private let lock = NSLock()
    /// Set by `stop()`.
    private var stopped = false
    /// Requests served so far.
    private var seen: [Request] = []
    /// Signalled when the accept loop ends.
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening and serving on a background thread.
    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket(errno) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw ServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The requests served so far.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Stops accepting and waits (at most 3 s) for the accept loop to end.
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        _ = finished.wait(timeout: .now() + 3)
        close(listener)
    }

    /// Whether `stop()` was called.
    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Accepts connections until stopped or 60 s have passed, each served on its own thread.
    private func acceptLoop() {
        let end = Date().addingTimeInterval(60)
        while !isStopped, Date() < end {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            Thread { [self] in serve(client) }.start()
        }
        finished.signal()
    }

    /// Serves one connection. `shutdown` (not just `close`) ends it, so the client
    /// sees the end even if a child spawned meanwhile inherited the descriptor.
    private func serve(_ client: Int32) {
        defer {
            shutdown(client, Int32(SHUT_RDWR))
            close(client)
        }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(client) else { return }
        lock.lock()
        seen.append(request)
        lock.unlock()
        let response = handler(request)
        var head = "HTTP/1.1 \(response.status) \(response.reason)\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.sendLength { head += "Content-Length: \(response.chunks.reduce(0) { $0 + $1.count })\r\n" }
        head += "\r\n"
        guard sendAll(client, Array(head.utf8)) else { return }
        for (index, chunk) in response.chunks.enumerated() {
            if index > 0, response.pause > 0 { usleep(useconds_t(response.pause * 1000)) }
            if isStopped || !sendAll(client, chunk) { return }
        }
    }

    /// Reads one request head (at most 64 KB, 5 s per read) and parses its target and headers.
    private func readRequest(_ client: Int32) -> Request? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let endMark: [UInt8] = [13, 10, 13, 10]
        while bytes.count < 65536 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes += buffer[0..<count]
            if bytes.count >= 4, let _ = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<($0 + 4)]) == endMark }) { break }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(target: String(parts[1]), headers: headers)
    }

    /// Writes all of `bytes`, without SIGPIPE; false when the client went away.
    private func sendAll(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Why the server could not start.
    enum ServerError: Error {
        /// `socket`, `bind` or `listen` failed with this errno.
        case socket(Int32)
    }
}
