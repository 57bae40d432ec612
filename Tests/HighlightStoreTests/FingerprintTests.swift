import Foundation
import Testing
import ArticleKit
import HighlightStore

@Suite struct FingerprintTests {
    @Test func lineEndingsWhitespaceAndBlankLinesDoNotMatter() {
        let lf = "Title\n\nFirst  paragraph here.\nSecond one.\n"
        let crlf = "Title\r\n\r\n   First paragraph   here.\r\n\r\n\r\nSecond one.\r\n"
        let cr = "Title\rFirst\tparagraph here.\rSecond one."
        #expect(TextFingerprint.of(lf) == TextFingerprint.of(crlf))
        #expect(TextFingerprint.of(lf) == TextFingerprint.of(cr))
        #expect(TextFingerprint.normalize(crlf) == "Title\nFirst paragraph here.\nSecond one.")
    }

    @Test func canonicallyEquivalentUnicodeIsTheSame() {
        #expect(TextFingerprint.of("Caf\u{E9}") == TextFingerprint.of("Cafe\u{301}"))
    }

    @Test func differentWordsDiffer() {
        #expect(TextFingerprint.of("a b") != TextFingerprint.of("a c"))
        #expect(TextFingerprint.of("ab") != TextFingerprint.of("a b"))
    }

    @Test func fingerprintIsStableAcrossRenameAndCRLF() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let text = "Storm closes harbour\n\nThe harbour reopened on Monday.\n\nWhat next?\n\nRepairs take a month.\n"
        let original = try folder.write("a.txt", text)
        let first = ArticleIdentity(try ArticleLoader.load(path: original))

        let renamed = folder.file("renamed.txt")
        try FileManager.default.moveItem(atPath: original, toPath: renamed)
        let moved = ArticleIdentity(try ArticleLoader.load(path: renamed))
        #expect(moved.fingerprint == first.fingerprint)
        #expect(moved.path != first.path)

        let crlf = try folder.write("crlf.txt", text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(ArticleIdentity(try ArticleLoader.load(path: crlf)).fingerprint == first.fingerprint)
        #expect(first.fingerprint.count == 64)
    }

    @Test func highlightsFollowAMovedArticleAndAChangedFileAtTheSamePath() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let original = ArticleIdentity(path: "a.txt", title: "A", fingerprint: TextFingerprint.of("one two"))
        try store.append(.highlight(Samples.anchor("harbour"), in: original))

        let moved = ArticleIdentity(path: "elsewhere/b.txt", title: "A", fingerprint: original.fingerprint)
        #expect(store.highlights(in: moved, bodies: Samples.bodies).count == 1)
        let edited = ArticleIdentity(path: "a.txt", title: "A", fingerprint: TextFingerprint.of("one two three"))
        #expect(store.highlights(in: edited, bodies: Samples.bodies).count == 1)
        let other = ArticleIdentity(path: "c.txt", title: "C", fingerprint: TextFingerprint.of("other"))
        #expect(store.highlights(in: other, bodies: Samples.bodies).isEmpty)
    }
}
