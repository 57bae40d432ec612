import ArticleKit
import Foundation
import ReaderCore

/// Articles and states the reader tests share.
enum TestArticles {
    /// The repository's root folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled article, loaded the way the executable loads it.
    static func bundled() throws -> LoadedArticle {
        try ArticleLoader.load(path: root.appendingPathComponent("seeds/000_150ee73383b4e943.txt").path)
    }

    /// The bundled article as reader panes.
    static func bundledDocument() throws -> ReaderDocument {
        let loaded = try bundled()
        return ReaderDocument(document: loaded.document, title: loaded.displayTitle)
    }

    /// A state showing the bundled article at `width` x `height`.
    static func state(width: Int, height: Int) throws -> ReaderState {
        ReaderState(document: try bundledDocument(), size: ScreenSize(width: width, height: height))
    }
}

/// Sends keys to a state as `update` would get them from the terminal.
func send(_ keys: [Key], to state: inout ReaderState) -> [Effect] {
    keys.flatMap { update(&state, .key($0)) }
}

/// Keys typed as a string: each character is one key.
func typed(_ text: String) -> [Key] {
    text.map { Key.char($0) }
}
