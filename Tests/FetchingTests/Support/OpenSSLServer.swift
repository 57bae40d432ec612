import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `openssl s_server` with a fresh self-signed certificate, for the TLS refusal test.
final class OpenSSLServer {
    /// The port it listens on (127.0.0.1).
    let port: UInt16
    /// The running `s_server`.
    private let process: Process

    /// The openssl program, or nil when it is not installed.
    static func program() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/openssl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Makes a key and certificate in `folder` and starts the server; throws when it does not come up.
    init(openssl: String, folder: String) throws {
        let key = folder + "/key.pem", cert = folder + "/cert.pem"
        let request = Process()
        request.executableURL = URL(fileURLWithPath: openssl)
        request.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                             "-days", "1", "-keyout", key, "-out", cert]
        request.standardOutput = FileHandle.nullDevice
        request.standardError = FileHandle.nullDevice
        try request.run()
        request.waitUntilExit()
        guard request.terminationStatus == 0 else { throw Failure.certificate(request.terminationStatus) }

        var lastError: Error = Failure.notListening
        for _ in 0..<3 {
            let port = FreePort.closedPort()
            let server = Process()
            server.executableURL = URL(fileURLWithPath: openssl)
            server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", cert, "-key", key, "-www", "-quiet"]
            server.standardInput = FileHandle.nullDevice
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            do {
                try server.run()
            } catch {
                lastError = error
                continue
            }
            if FreePort.waitUntilListening(port, seconds: 5), server.isRunning {
                self.port = port
                self.process = server
                return
            }
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        throw lastError
    }

    /// Ends the server process (this one process, by its pid) and waits for it.
    ///
    /// SIGKILL, not `terminate()`: Foundation's `Process` starts the child with
    /// the spawning thread's signal mask, and test worker threads block SIGTERM,
    /// so a SIGTERM would wait forever.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Why the server could not be set up.
    enum Failure: Error {
        /// `openssl req` exited with this status.
        case certificate(Int32)
        /// `s_server` never accepted a connection.
        case notListening
    }
}
