import Foundation
import Testing

/// The size extremes of the hostile-input issue, opened in the real reader.
///
/// Inputs are generated at test time (nothing large is committed). The timing
/// figures live in `make bench`; here each file must open, answer keys and
/// quit cleanly. The deadlines are generous because `make test` runs a debug build.
@Suite(.serialized) struct LargeInputTests {
    /// Writes `count` repetitions of `chunk` (plus `head` first) to a file in `folder`.
    static func generate(_ name: String, in folder: URL, head: String = "", chunk: (Int) -> String, count: Int) throws -> String {
        let url = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = head
        for index in 0..<count {
            buffer += chunk(index)
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        return url.path
    }

    /// Opens `path`, waits for the first screen, sends `keys` and checks the reader answers, then quits.
    static func openAndUse(_ path: String, expecting pane: String, after keys: [String], shows answer: String) throws {
        let tmux = try TmuxSession(FolioBinary.command("'\(path)'"))
        try tmux.waitFor(text: pane, seconds: 240)
        for key in keys { try tmux.send(key) }
        try tmux.waitFor("the reader to answer \(keys)", seconds: 60) { $0.joined(separator: "\n").contains(answer) }
        try tmux.send("q")
        #expect(try tmux.waitForExit(seconds: 60) == 0)
    }

    @Test func fiftyMegabytesOfText() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try String(contentsOfFile: FolioBinary.article, encoding: .utf8)
        let path = try Self.generate("50mb.txt", in: folder, chunk: { _ in article + "\n" }, count: 50_000_000 / article.utf8.count + 1)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0) >= 50_000_000)
        try Self.openAndUse(path, expecting: "Lead · ", after: ["9"], shows: " 9 of ")
    }

    @Test func aSingleTenMegabyteLine() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.generate("one-line.txt", in: folder, chunk: { _ in "word " }, count: 2_000_000)
        try Self.openAndUse(path, expecting: "Lead · ", after: ["G"], shows: "100%")
    }

    @Test func aMillionShortLines() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.generate("million.txt", in: folder, chunk: { "line \($0)\n" }, count: 1_000_000)
        try Self.openAndUse(path, expecting: "Lead · ", after: ["G"], shows: "line 999999")
    }

    @Test func tenThousandHeadings() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.generate("headings.txt", in: folder, head: "A lead paragraph.\n\n",
                                     chunk: { "Question number \($0 + 1)?\nAnswer number \($0 + 1).\n" }, count: 10_000)
        try Self.openAndUse(path, expecting: "Lead · ", after: ["9", "G"], shows: "Answer number 9.")
    }
}
