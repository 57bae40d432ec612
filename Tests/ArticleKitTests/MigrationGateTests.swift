import Foundation
import Testing
@testable import ArticleKit

/// The gate the document model had to pass before any new format shipped: for
/// the bundled article and every plain-text fixture, the projection is the old
/// section bodies scalar for scalar, and `folio dump` prints what it printed
/// before documents existed (Fixtures/dumps holds that output, made by the last
/// build without them).
@Suite struct MigrationGateTests {
    /// Every plain-text fixture's path, and the bundled article's.
    static var articles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map(Fixtures.path) + [Fixtures.bundledArticlePath]
    }

    /// The section bodies as they were built before documents: each parsed
    /// section's paragraphs sanitized, then sources and author note as one more body.
    static func oldBodies(_ article: Article) -> [[String]] {
        article.sections.map { $0.paragraphs.map(DisplaySanitizer.clean) }
            + [(article.sources + article.authorNote).map(DisplaySanitizer.clean)]
    }

    @Test func thereAreArticlesToCheck() {
        #expect(Self.articles.count >= 18)
    }

    @Test(arguments: articles) func projectionIsTheOldSectionBodies(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let loaded = try ArticleLoader.load(path: path)
        let projection = TextProjection(loaded.document)
        let old = Self.oldBodies(ArticleParser.parse(TextDecoding.decode(bytes)))
        #expect(projection.sections.count == old.count)
        for (new, old) in zip(projection.sections, old) {
            #expect(new.paragraphs.map { Array($0.unicodeScalars) } == old.map { Array($0.unicodeScalars) })
            #expect(new.body == old.joined(separator: "\n"))
        }
    }

    /// The output saved for `path` by the build before documents.
    static func saved(_ path: String, _ format: String) throws -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try String(contentsOf: Fixtures.folder.appendingPathComponent("dumps/\(name).\(format)"), encoding: .utf8)
    }

    @Test(arguments: articles) func textDumpIsByteIdentical(path: String) throws {
        let loaded = try ArticleLoader.load(path: path)
        #expect(Array(ArticleDump.text(loaded.document, displayTitle: loaded.displayTitle).utf8) == Array(try Self.saved(path, "text").utf8))
    }

    @Test(arguments: articles) func jsonDumpKeepsEveryOldField(path: String) throws {
        let loaded = try ArticleLoader.load(path: path)
        // The saved file ends with the newline `print` added after the document.
        let old = try #require(try JSONSerialization.jsonObject(with: Data(try Self.saved(path, "json").utf8)) as? [String: Any])
        let new = try #require(try JSONSerialization.jsonObject(with: Data(ArticleDump.json(loaded.document).utf8)) as? [String: Any])
        for key in ["title", "byline", "dateline", "sources", "authorNote"] {
            #expect((old[key] as? NSObject) == (new[key] as? NSObject), "\(key)")
        }
        let oldSections = try #require(old["sections"] as? [[String: Any]])
        let newSections = try #require(new["sections"] as? [[String: Any]])
        #expect(oldSections.count == newSections.count)
        for (o, n) in zip(oldSections, newSections) {
            #expect((o["heading"] as? NSObject) == (n["heading"] as? NSObject))
            #expect(o["paragraphs"] as? [String] == n["paragraphs"] as? [String])
            #expect((n["blocks"] as? [Any])?.count == (n["paragraphs"] as? [Any])?.count)
        }
    }
}
