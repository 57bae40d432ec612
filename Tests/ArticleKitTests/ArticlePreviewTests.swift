import Foundation
import Testing
@testable import ArticleKit

/// The start of a large article, painted before the whole file is read.
struct ArticlePreviewTests {
    static let article = """
        Storm closes harbour

        The harbour closed on Monday after the storm.

        What happens next?

        Repairs will take a month, officials said.

        Who pays?

        The port authority, for now.

        """

    /// A file of many copies of a small article, so its preview is a fraction of it.
    static func largeFile(in folder: TemporaryFolder, copies: Int = 2_000) throws -> String {
        try folder.file("large.txt", text: String(repeating: article, count: copies))
    }

    @Test func smallFilesAreLoadedWhole() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("small.txt", text: Self.article)
        #expect(try ArticlePreview.load(path: path, maxBytes: 16_384) == nil)
    }

    @Test func theFirstScreenOfAPreviewIsTheWholeArticlesFirstScreen() throws {
        let folder = try TemporaryFolder()
        let path = try Self.largeFile(in: folder)
        let preview = try #require(try ArticlePreview.load(path: path, maxBytes: 16_384))
        let whole = try ArticleLoader.load(path: path)
        #expect(preview.text!.utf8.count <= 16_384)
        #expect(preview.article.title == whole.article.title)
        #expect(preview.displayTitle == whole.displayTitle)
        #expect(preview.article.sections.count > 10)
        #expect(preview.article.sections.count < whole.article.sections.count)
        for index in 0..<10 {
            #expect(preview.article.sections[index] == whole.article.sections[index])
        }
    }

    @Test func thePreviewEndsAtALineBreak() throws {
        let folder = try TemporaryFolder()
        let path = try Self.largeFile(in: folder)
        let preview = try #require(try ArticlePreview.load(path: path, maxBytes: 1_000))
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: Array(preview.text!.utf8)))
        #expect(bytes[preview.text!.utf8.count] == 0x0A)
    }

    @Test func badFilesFailAsTheyDoWhenLoadedWhole() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ArticleLoadError.missing(folder.url.path + "/none.txt")) {
            try ArticlePreview.load(path: folder.url.path + "/none.txt", maxBytes: 16_384)
        }
        #expect(throws: ArticleLoadError.directory(folder.url.path)) {
            try ArticlePreview.load(path: folder.url.path, maxBytes: 16_384)
        }
        var binary = [UInt8](repeating: 0, count: 100_000)
        for index in stride(from: 0, to: binary.count, by: 50) { binary[index] = 0x0A }
        let binaryPath = try folder.file("data.bin", binary)
        #expect(throws: ArticleLoadError.binary(binaryPath)) {
            try ArticlePreview.load(path: binaryPath, maxBytes: 16_384)
        }
    }

    @Test func aStartWithoutALineOrTextIsLoadedWhole() throws {
        let folder = try TemporaryFolder()
        let oneLine = try folder.file("one-line.txt", text: String(repeating: "word ", count: 20_000))
        #expect(try ArticlePreview.load(path: oneLine, maxBytes: 16_384) == nil)
        let blankStart = try folder.file("blank-start.txt", text: String(repeating: " \n", count: 20_000) + Self.article)
        #expect(try ArticlePreview.load(path: blankStart, maxBytes: 16_384) == nil)
    }

    @Test func previewSizeGrowsWithTheTerminal() {
        #expect(ArticlePreview.bytes(columns: 80, rows: 24) == 16_384)
        #expect(ArticlePreview.bytes(columns: 300, rows: 100) == 240_000)
    }
}
