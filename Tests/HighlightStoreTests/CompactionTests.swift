import Foundation
import Testing
@testable import HighlightStore

@Suite struct CompactionTests {
    @Test func unknownLinesSurviveACompactionByteForByte() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let line = { (record: StoreRecord) in JSONLine.encode(record) + [0x0A] }
        let highlight = Samples.highlight("storms")
        var withExtraField = JSONLine.encode(Samples.highlight("mayor"))
        withExtraField.removeLast()
        withExtraField += Array(",\"color\":\"yellow\",\"future\":{\"x\":[1,2]}}\n".utf8)
        let unknownKind = Array("{\"v\":1,\"id\":\"k1\",\"kind\":\"sticker\",\"emoji\":\"🙂\"}\n".utf8)
        let newerVersion = Array("{\"v\":7,\"id\":\"k2\",\"kind\":\"highlight\"}\n".utf8)
        let garbage = Array("this is not json {\n".utf8) + [0xC3, 0x28, 0xFF, 0x0A]
        let oldPosition = line(.position(QuoteAnchor(point: 0, offset: 1, in: Samples.bodies)!, in: Samples.article))
        let newPosition = line(.position(QuoteAnchor(point: 1, offset: 2, in: Samples.bodies)!, in: Samples.article))
        let torn = Array("{\"v\":1,\"id\":\"tor".utf8)

        let original = line(highlight) + oldPosition + withExtraField + unknownKind + garbage + newerVersion + newPosition + torn
        let path = try folder.write("h.jsonl", original)
        var store = try AnnotationStore.load(path: path)
        let inodeBefore = store.snapshot?.inode

        #expect(try store.compact() == 1)
        let expected = line(highlight) + withExtraField + unknownKind + garbage + newerVersion + newPosition + torn
        #expect(bytes(of: path) == expected)
        #expect(store.snapshot?.inode != inodeBefore)
        #expect(store.problems.map(\.number) == [4, 5, 8])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.contains(".tmp-") }))
    }

    @Test func compactionOfAMissingStoreWritesAnEmptyFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("new/h.jsonl"))
        #expect(try store.compact() == 0)
        #expect(bytes(of: folder.file("new/h.jsonl")).isEmpty)
    }
}
