import Foundation
@testable import ArticleKit

/// Reads this target's Markdown fixtures by paths relative to this file.
enum MarkdownFixtures {
    /// The folder holding the fixture files.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The raw bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// A fixture read by ``MarkdownReader``.
    static func document(_ name: String, url: String? = nil) throws -> Document {
        MarkdownReader.read(try bytes(name), context: ReadContext(source: .path(name), url: url))
    }
}

extension Document {
    /// The kinds of the blocks, in order.
    var kinds: [BlockKind] { blocks.map(\.kind) }

    /// The texts of the blocks of `kind`, in order.
    func texts(_ kind: BlockKind) -> [String] { blocks.filter { $0.kind == kind }.map(\.text) }

    /// The heading texts of the headed sections, in order.
    var sectionHeadings: [String] { headedSections.compactMap { heading(of: $0) } }
}

extension Block {
    /// The text each span covers, with the span's style.
    var spanTexts: [(String, InlineStyle)] {
        let scalars = Array(text.unicodeScalars)
        return spans.map { (String(String.UnicodeScalarView(scalars[$0.start..<$0.end])), $0.style) }
    }

    /// The text covered by the spans of `style`, in order.
    func covered(by style: InlineStyle) -> [String] {
        spanTexts.filter { $0.1 == style }.map(\.0)
    }
}

/// The words of `text`: maximal runs of letters and digits.
func words(of text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
}
