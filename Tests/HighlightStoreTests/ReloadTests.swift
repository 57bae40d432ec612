import Foundation
import Testing
@testable import HighlightStore

@Suite struct ReloadTests {
    @Test func anotherWritersAppendsAreMergedNotOverwritten() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var reader = try AnnotationStore.load(path: path)
        var other = try AnnotationStore.load(path: path)

        let theirs = Samples.highlight("storms")
        try other.append(theirs)
        #expect(try reader.reloadIfChanged())
        #expect(try !reader.reloadIfChanged())
        #expect(reader.state.annotation(id: theirs.id) != nil)

        try other.append(Samples.highlight("damage"))
        let mine = Samples.highlight("mayor")
        try reader.append(mine)
        #expect(reader.state.annotations.count == 3)
        let reread = try AnnotationStore.load(path: path)
        #expect(reader.keptLines == reread.keptLines && reader.lineCount == reread.lineCount)
        #expect(reader.state == reread.state)
    }

    @Test func aStoreRewrittenByAnotherProgramIsReadAgain() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("h.jsonl")
        var reader = AnnotationStore(path: path)
        try reader.append(Samples.highlight("storms"))
        try reader.append(.position(QuoteAnchor(point: 0, offset: 0, in: Samples.bodies)!, in: Samples.article))
        try reader.append(.position(QuoteAnchor(point: 0, offset: 3, in: Samples.bodies)!, in: Samples.article))

        var compactor = try AnnotationStore.load(path: path)
        try compactor.compact()
        let late = Samples.highlight("mayor")
        try compactor.append(late)

        // The reader's memory is stale (old inode); its next append must not resurrect old lines.
        let mine = Samples.highlight("damage")
        try reader.append(mine)
        let onDisk = try AnnotationStore.load(path: path)
        #expect(onDisk.state.counts[.position] == 1)
        #expect(onDisk.state.annotations.map(\.id).contains(late.id))
        #expect(onDisk.state.annotations.map(\.id).contains(mine.id))
        #expect(reader.keptLines == onDisk.keptLines && reader.lineCount == onDisk.lineCount)
    }

    @Test func aTornLineCompletedByAnotherWriterIsReread() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let record = Samples.highlight("storms")
        let full = JSONLine.encode(record)
        let path = try folder.write("h.jsonl", Array(full.prefix(20)))
        var reader = try AnnotationStore.load(path: path)
        #expect(reader.problems.first?.content == .torn)

        var writer = try AnnotationStore.load(path: path)
        try writer.append(Samples.highlight("mayor"))
        #expect(try reader.reloadIfChanged())
        #expect(reader.problems.map(\.number) == [1])
        #expect(reader.problems.first?.content == .bad(reason: "not valid JSON"))
        #expect(reader.state.annotations.count == 1)
    }

    @Test func aDeletedStoreFileEmptiesMemory() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        try store.append(Samples.highlight("storms"))
        try FileManager.default.removeItem(atPath: store.path)
        #expect(try store.reloadIfChanged())
        #expect(store.lineCount == 0 && store.keptLines.isEmpty)
    }
}
