import Foundation
import Testing

/// The command line without a terminal: errors, dump, help and version.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built folio with `arguments`, stdin from /dev/null, outputs captured.
    static func folio(_ arguments: [String]) throws -> Run {
        let result = try ChildProcess.run([FolioBinary.path] + arguments)
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One line on stderr, status 1, nothing on stdout.
    static func expectOneLineError(_ run: Run, mentioning words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 1, "status \(run.status)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("folio: "), sourceLocation: sourceLocation)
        #expect(run.stderr.contains(words), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("\u{1B}"), "escape sequence on stderr", sourceLocation: sourceLocation)
    }

    @Test func missingFileIsOneLineAndStatusOne() throws {
        Self.expectOneLineError(try Self.folio(["/nonexistent/article.txt"]), mentioning: "no such file")
    }

    @Test func directoryIsRefused() throws {
        let folder = try Self.temporaryFolder()
        Self.expectOneLineError(try Self.folio([folder.path]), mentioning: "directory")
    }

    @Test func emptyFileIsRefused() throws {
        let file = try Self.temporaryFolder().appendingPathComponent("empty.txt")
        try Data().write(to: file)
        Self.expectOneLineError(try Self.folio([file.path]), mentioning: "empty")
    }

    @Test func binaryFileIsRefused() throws {
        let file = try Self.temporaryFolder().appendingPathComponent("image.bin")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: file)
        Self.expectOneLineError(try Self.folio([file.path]), mentioning: "binary")
    }

    @Test func unreadableFileIsRefused() throws {
        let folder = try Self.temporaryFolder()
        let file = folder.appendingPathComponent("locked.txt")
        try "Some text.\n".write(to: file, atomically: true, encoding: .utf8)
        if geteuid() == 0 {
            // root reads any file: a path through a regular file fails to open for everyone.
            Self.expectOneLineError(try Self.folio([file.path + "/inside.txt"]), mentioning: file.lastPathComponent)
        } else {
            chmod(file.path, 0)
            Self.expectOneLineError(try Self.folio([file.path]), mentioning: "cannot be read")
        }
    }

    @Test func readerRefusesAStdoutThatIsNotATerminal() throws {
        let run = try Self.folio([FolioBinary.article])
        Self.expectOneLineError(run, mentioning: "folio dump")
    }

    @Test func dumpPrintsTheStructureAsText() throws {
        let run = try Self.folio(["dump", FolioBinary.article])
        #expect(run.status == 0, "\(run.stderr)")
        for question in ReaderEndToEndTests.questions { #expect(run.stdout.contains(question)) }
        #expect(run.stdout.contains("Source: Kathimerini"))
        #expect(run.stdout.contains("Anna White is a journalist"))
    }

    @Test func dumpJSONHasTheDocumentedShape() throws {
        let run = try Self.folio(["dump", "--format", "json", FolioBinary.article])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["title"] is NSNull)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.count == 6)
        #expect(sections[0]["heading"] is NSNull)
        #expect((sections[0]["paragraphs"] as? [String])?.count == 5)
        #expect(sections.dropFirst().compactMap { $0["heading"] as? String } == ReaderEndToEndTests.questions)
        #expect(sections.dropFirst().map { ($0["paragraphs"] as? [String])?.count ?? -1 } == [3, 1, 1, 4, 3])
        #expect(json["sources"] as? [String] == ["According to the New York Times", "Source: Kathimerini"])
        #expect((json["authorNote"] as? [String])?.first?.hasPrefix("Anna White is a journalist") == true)
    }

    @Test func dumpOfAMissingFileIsAnError() throws {
        Self.expectOneLineError(try Self.folio(["dump", "/nonexistent.txt"]), mentioning: "no such file")
    }

    @Test func versionAndHelp() throws {
        let version = try Self.folio(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try Self.folio(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("dump"))
    }

    @Test func unknownTerminalIsAClearErrorAndTouchesNothing() throws {
        // Run under a pseudo-terminal via tmux so stdout is a terminal, with TERM set to nonsense.
        let tmux = try TmuxSession(FolioBinary.command() + "; echo status=$?", environment: ["TERM": "no-such-terminal-xyz"])
        let rows = try tmux.waitFor(text: "status=")
        let all = rows.joined()
        #expect(all.contains("folio: terminal type 'no-such-terminal-xyz' is unknown"), "screen: \(all)")
        #expect(all.contains("status=1"))
    }
}
