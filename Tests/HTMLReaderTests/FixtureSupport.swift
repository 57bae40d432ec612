import Foundation
@testable import ArticleKit

/// Reads fixture pages from `Tests/HTMLReaderTests/Fixtures`.
enum Fixture {
    /// The folder of the fixtures.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of fixture `name`.
    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) ?? Data())
    }

    /// Fixture `name` read by the HTML reader (with a page URL when given).
    static func document(_ name: String, url: String? = nil) -> Document {
        HTMLReader.read(bytes(name), context: ReadContext(source: .path(name), url: url))
    }
}

extension Document {
    /// The headings that start sections, in order.
    var sectionHeadings: [String] { headedSections.compactMap { heading(of: $0) } }

    /// Every block's text joined by newlines.
    var allText: String { blocks.map(\.text).joined(separator: "\n") }

    /// The kinds of the blocks, in order.
    var kinds: [BlockKind] { blocks.map(\.kind) }
}
