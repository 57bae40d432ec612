import Foundation
@testable import ArticleKit

/// Reads test fixtures and the bundled article by paths relative to this file.
enum Fixtures {
    /// The folder holding the fixture files.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bundled sample article in `seeds/`.
    static let bundledArticlePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_150ee73383b4e943.txt").path

    /// The raw bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The path of a fixture.
    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// A fixture decoded the way the loader decodes files.
    static func text(_ name: String) throws -> String {
        TextDecoding.decode(try bytes(name))
    }

    /// The bundled article's decoded text.
    static func bundledText() throws -> String {
        TextDecoding.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: bundledArticlePath))))
    }
}
