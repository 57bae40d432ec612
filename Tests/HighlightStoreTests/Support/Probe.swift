import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `folio-store-probe` child process used by crash, concurrency and full-disk tests.
enum Probe {
    /// The probe binary: `$FOLIO_STORE_PROBE`, else next to the test bundle.
    static func executable() throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["FOLIO_STORE_PROBE"] { candidates.append(explicit) }
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().path + "/folio-store-probe")
        }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argv0.path + "/folio-store-probe")
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().path + "/folio-store-probe")
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ProbeMissing(looked: candidates)
        }
        return found
    }

    struct ProbeMissing: Error, CustomStringConvertible {
        let looked: [String]
        var description: String {
            "folio-store-probe not built (add its executableTarget to Package.swift); looked in \(looked)"
        }
    }

    /// Starts the probe with `arguments`; its stdout goes to the returned pipe.
    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    /// Runs the probe to the end and returns its stdout lines and exit status.
    static func run(_ arguments: [String]) throws -> (lines: [String], status: Int32) {
        let (process, pipe) = try start(arguments)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init), process.terminationStatus)
    }
}
