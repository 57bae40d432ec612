import Foundation
import Testing
import HighlightStore
#if canImport(Glibc)
import Glibc
#endif

/// Several processes, and processes killed mid-save, never lose a saved record.
@Suite struct ProcessSafetyTests {
    @Test(.timeLimit(.minutes(1)))
    func twoProcessesAddingAThousandEachEndWithTwoThousand() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        async let first = Task.detached { try Probe.run(["add", path, "1000"]) }.value
        async let second = Task.detached { try Probe.run(["add", path, "1000"]) }.value
        let results = try await [first, second]

        #expect(results.map(\.status) == [0, 0])
        let store = try AnnotationStore.load(path: path)
        #expect(store.problems.isEmpty)
        #expect(store.lineCount == 2000)
        #expect(store.state.annotations.count == 2000)
        let printed = Set(results.flatMap(\.lines))
        #expect(printed.count == 2000)
        #expect(printed == Set(store.state.annotations.map(\.id)))
    }

    @Test(.timeLimit(.minutes(1)))
    func aChildKilledAtRandomMomentsNeverLosesASavedRecord() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var generator = SystemRandomNumberGenerator()
        var acknowledged: Set<String> = []
        for round in 1...50 {
            let (process, pipe) = try Probe.start(["add", path, "400"])
            usleep(UInt32.random(in: 2_000...60_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let ids = String(decoding: output, as: UTF8.self).split(separator: "\n")
            // Only whole lines count: the kill may cut the last id short.
            let complete = output.last == UInt8(ascii: "\n") ? ids : ids.dropLast()
            acknowledged.formUnion(complete.map(String.init))

            let store = try AnnotationStore.load(path: path)
            let stored = Set(store.state.annotations.map(\.id))
            let missing = acknowledged.subtracting(stored)
            #expect(missing.count == 0, "round \(round): \(missing.count) of \(acknowledged.count) saved records missing; \(stored.count) stored")
            // A kill can interrupt at most one line per round.
            #expect(store.problems.count <= round)
        }
        #expect(acknowledged.count > 50, "the children saved only \(acknowledged.count) records")
    }
}
