import Foundation
import Testing
@testable import HighlightStore

/// Failures must be clear, typed, and lose nothing: the file and memory stay as they were.
@Suite struct WriteFailureTests {
    /// Makes `path` unwritable even for root: `chattr +i` when it works, else mode bits.
    /// Returns false only when neither applies (root on a filesystem without attributes).
    static func makeReadOnly(_ path: String) throws -> Bool {
        if getuid() == 0 {
            return (try? Shell.run("/usr/bin/chattr", ["+i", path]).status) == 0
        }
        let isFolder = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
        try FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o500 : 0o400], ofItemAtPath: path)
        return true
    }

    static func makeWritable(_ path: String) throws {
        if getuid() == 0 { _ = try? Shell.run("/usr/bin/chattr", ["-i", path]) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    }

    @Test func aReadOnlyFolderIsReportedAndTheRecordCanBeRetried() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        var path = data + "/h.jsonl"
        var expected = StoreError.readOnly(path)
        if try !Self.makeReadOnly(data) {
            // Root on a filesystem without chattr: the other real way a folder cannot be written.
            path = try folder.write("plain-file", "x") + "/h.jsonl"
            expected = .parentNotDirectory(path)
        }
        var store = AnnotationStore(path: path)
        let record = Samples.highlight("storms")
        #expect(throws: expected) { try store.append(record) }
        #expect(store.lineCount == 0 && store.state == StoreState())
        #expect(expected.notSaved("highlight").hasPrefix("highlight not saved: \(path)"))

        guard expected == .readOnly(path) else { return }
        try Self.makeWritable(data)
        try store.append(record)
        #expect(store.state.annotation(id: record.id) != nil)
    }

    @Test func aReadOnlyFileIsReportedAndLeftUntouched() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var store = AnnotationStore(path: path)
        try store.append(Samples.highlight("storms"))
        let before = bytes(of: path)
        let linesBefore = (store.keptLines, store.lineCount, store.state)
        guard try Self.makeReadOnly(path) else {
            // Root without chattr: fall back to the folder test's parent-is-a-file case.
            let blocked = try folder.write("plain", "x") + "/h.jsonl"
            var other = AnnotationStore(path: blocked)
            #expect(throws: StoreError.parentNotDirectory(blocked)) { try other.append(Samples.highlight("damage")) }
            return
        }
        defer { try? Self.makeWritable(path) }

        let error = #expect(throws: StoreError.self) { try store.append(Samples.highlight("damage")) }
        #expect(error == .readOnly(path))
        #expect(error?.notSaved("highlight") == "highlight not saved: \(path) is read-only")
        #expect(store.keptLines == linesBefore.0 && store.lineCount == linesBefore.1 && store.state == linesBefore.2)
        #expect(bytes(of: path) == before)
        #expect(throws: StoreError.self) { try store.compact() }
        #expect(bytes(of: path) == before)
        #expect(store.keptLines == linesBefore.0 && store.lineCount == linesBefore.1 && store.state == linesBefore.2)
    }

    @Test func aParentThatIsAFileIsReported() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("file", "x") + "/folio/h.jsonl"
        #expect(throws: StoreError.parentNotDirectory(path)) { try AnnotationStore.load(path: path) }
        var store = AnnotationStore(path: path)
        #expect(throws: StoreError.parentNotDirectory(path)) { try store.append(Samples.highlight("storms")) }
        #expect(store.lineCount == 0)
    }

    @Test func aStorePathThatIsADirectoryIsReported() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: StoreError.isDirectory(path)) { try AnnotationStore.load(path: path) }
        var store = AnnotationStore(path: path)
        #expect(throws: StoreError.isDirectory(path)) { try store.append(Samples.highlight("storms")) }
        #expect(StoreError.isDirectory(path).notSaved("bookmark") == "bookmark not saved: \(path) is a directory, not a store file")
        #expect(store.lineCount == 0)
    }

    @Test func aFullDiskIsReportedMemoryIsUnchangedAndARetrySucceeds() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var store = AnnotationStore(path: path)
        let first = Samples.highlight("storms")
        try store.append(first)
        let before = bytes(of: path)

        // The child caps its file size just above the current size, so the
        // 4 KB record is cut short by the kernel (EFBIG, SIGXFSZ ignored).
        let (lines, status) = try Probe.run(["full", path, String(before.count + 100)])
        #expect(status == 0)
        #expect(lines.first == "error: highlight not saved: the disk holding \(path) is full")
        #expect(lines.dropFirst().first == "kind: diskFull")
        #expect(lines.dropFirst(2).first == "memory unchanged: true")
        #expect(lines.last == "retried: true")

        let after = try AnnotationStore.load(path: path)
        #expect(after.problems.isEmpty)
        #expect(after.state.annotations.count == 2)
        #expect(Array(bytes(of: path).prefix(before.count)) == before)
    }
}
