import Foundation
import Testing
@testable import ArticleKit

/// A fresh temporary folder for one test, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("articlekit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` in the folder and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes UTF-8 text to `name` in the folder and returns its path.
    func file(_ name: String, text: String) throws -> String {
        try file(name, Array(text.utf8))
    }
}

struct ArticleLoaderTests {
    /// The error `load(path:)` throws, or `nil` when it succeeds.
    func loadError(_ path: String) -> ArticleLoadError? {
        do {
            _ = try ArticleLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("nope.txt").path
        #expect(loadError(path) == .missing(path))
    }

    @Test func directory() throws {
        let folder = try TemporaryFolder()
        #expect(loadError(folder.url.path) == .directory(folder.url.path))
    }

    @Test func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("article.txt", text: "Some text.\n")
        if geteuid() == 0 {
            // Root reads any file, so use a path through a regular file (ENOTDIR).
            let path = file + "/child.txt"
            guard case .unreadable(let p, let reason) = loadError(path) else {
                Issue.record("expected .unreadable for \(path)")
                return
            }
            #expect(p == path)
            #expect(reason == String(cString: strerror(ENOTDIR)))
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
            #expect(loadError(file) == .unreadable(file, reason: String(cString: strerror(EACCES))))
        }
    }

    @Test func emptyFile() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.file("empty.txt", [])
        #expect(loadError(empty) == .empty(empty))
    }

    @Test func whitespaceOnlyFile() throws {
        let folder = try TemporaryFolder()
        let blank = try folder.file("blank.txt", text: " \n\t\r\n  \u{A0}\n")
        #expect(loadError(blank) == .empty(blank))
        let bomOnly = try folder.file("bom.txt", [0xEF, 0xBB, 0xBF, 0x0A])
        #expect(loadError(bomOnly) == .empty(bomOnly))
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        let nuls = try folder.file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64) + Array("IHDR".utf8))
        #expect(loadError(nuls) == .binary(nuls))
        let controls = try folder.file("controls.bin", (0..<400).map { UInt8($0 % 32) == 0 ? 1 : UInt8($0 % 32) })
        #expect(loadError(controls) == .binary(controls))
        var random = SystemRandomNumberGenerator()
        let noise = try folder.file("noise.bin", (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &random) })
        #expect(loadError(noise) == .binary(noise))
    }

    @Test func oneStrayNULIsStillText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("stray.txt", Array("A Title\n\nSome text with a stray ".utf8) + [0] + Array(" byte.\n".utf8))
        let loaded = try ArticleLoader.load(path: path)
        #expect(loaded.article.title == "A Title")
        #expect(loaded.text!.contains("\u{0}"))
    }

    @Test func loadsTextAndDerivesTitleFromWordyFileName() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("city-night-buses.txt", text: "The city brought back its night buses on Friday.\n")
        let loaded = try ArticleLoader.load(path: path)
        #expect(loaded.path == path)
        #expect(loaded.article.lead.paragraphs == ["The city brought back its night buses on Friday."])
        #expect(loaded.displayTitle == "City night buses")
    }

    @Test func errorsReadAsOneLine() {
        let errors: [ArticleLoadError] = [.missing("a"), .directory("b"), .unreadable("c", reason: "Permission denied"), .empty("d"), .binary("e")]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
    }
}
