import Foundation
import Testing
@testable import HighlightStore

@Suite struct JournalReadingTests {
    static func line(_ record: StoreRecord) -> String {
        String(decoding: JSONLine.encode(record), as: UTF8.self)
    }

    @Test func missingAndEmptyFilesAreEmptyStores() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let missing = try AnnotationStore.load(path: folder.file("nothing/here.jsonl"))
        #expect(missing.lineCount == 0 && missing.snapshot == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.file("nothing")))
        let empty = try AnnotationStore.load(path: try folder.write("empty.jsonl", ""))
        #expect(empty.lineCount == 0 && empty.problems.isEmpty)
        let blank = try AnnotationStore.load(path: try folder.write("blank.jsonl", "\n  \n\n"))
        #expect(blank.lineCount == 0)
    }

    @Test func aTornLastLineIsSkippedAndReported() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let good = Samples.highlight("storms")
        let path = try folder.write("h.jsonl", Self.line(good) + "\n" + "{\"v\":1,\"id\":\"abc\",\"ki")
        let store = try AnnotationStore.load(path: path)
        #expect(store.state.annotations.map(\.id) == [good.id])
        #expect(store.problems.map(\.number) == [2])
        #expect(store.problems.first?.content == .torn)
    }

    @Test func anAppendAfterATornLineIsNotGluedToIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let torn = "{\"v\":1,\"id\":\"abc\",\"ki"
        let path = try folder.write("h.jsonl", Self.line(Samples.highlight("storms")) + "\n" + torn)
        var store = try AnnotationStore.load(path: path)
        let added = Samples.highlight("damage")
        try store.append(added)

        let text = String(decoding: bytes(of: path), as: UTF8.self)
        #expect(text.hasSuffix(torn + "\n" + Self.line(added) + "\n"))
        let reread = try AnnotationStore.load(path: path)
        #expect(reread.state.annotation(id: added.id) != nil)
        #expect(reread.problems.map(\.number) == [2])
        #expect(reread.problems.first?.content == .bad(reason: "not valid JSON"))
        #expect(store.keptLines == reread.keptLines && store.lineCount == reread.lineCount)
        #expect(store.state == reread.state)
    }

    @Test func garbageLinesAreKeptAndReportedWithLineNumbers() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = Samples.highlight("storms")
        let second = Samples.highlight("mayor")
        var data = Array((Self.line(first) + "\nnot json at all\n").utf8)
        data += [0xFF, 0xFE, 0x41, 0x0A]
        data += Array(("[1,2]\n{\"v\":1,\"kind\":\"highlight\",\"id\":\"x\"}\n" + Self.line(second) + "\n").utf8)
        let path = try folder.write("h.jsonl", data)
        let store = try AnnotationStore.load(path: path)
        #expect(store.state.annotations.map(\.id) == [first.id, second.id])
        #expect(store.problems.map(\.number) == [2, 3, 4, 5])
        #expect(store.problems[1].keptBytes == [0xFF, 0xFE, 0x41])
        #expect(store.problems[3].problem == "line 5: highlight record without \"article\" (kept as is)")
    }

    @Test func unknownKindsAndNewerVersionsAreKeptButIgnored() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("h.jsonl", """
            {"v":1,"id":"s1","kind":"sticker","emoji":"🙂"}
            {"v":2,"id":"h2","kind":"highlight","shape":"circle"}

            """)
        let store = try AnnotationStore.load(path: path)
        #expect(store.problems.isEmpty)
        #expect(store.lineCount == 2)
        #expect(store.keptLines.map(\.content) == [.foreign(kind: "sticker", version: 1), .foreign(kind: "highlight", version: 2)])
        #expect(store.state.annotations.isEmpty)
    }

    @Test func unknownFieldsDoNotStopDecoding() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let record = Samples.highlight("storms", note: "n")
        var text = Self.line(record)
        text.insert(contentsOf: ",\"color\":\"yellow\",\"tags\":[1,{\"a\":null}]", at: text.index(before: text.endIndex))
        let store = try AnnotationStore.load(path: try folder.write("h.jsonl", text + "\n"))
        #expect(store.keptLines.isEmpty && store.lineCount == 1)
        #expect(store.state == StoreState(records: [(record, 1)]))
    }

    @Test func theStoreFolderAndFileAreCreatedPrivate() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("data/folio/h.jsonl")
        var store = try AnnotationStore.load(path: path)
        try store.append(Samples.highlight("storms"))
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.file("data/folio"))[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func aSymlinkedStoreIsFollowedAndStaysASymlinkAfterCompaction() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let real = folder.file("real.jsonl")
        let link = folder.file("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        var store = try AnnotationStore.load(path: link)
        #expect(store.isSymlink)
        try store.append(Samples.highlight("storms"))
        try store.compact()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try AnnotationStore.load(path: real).state.annotations.count == 1)
    }
}
