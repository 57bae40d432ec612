import Testing
@testable import ArticleKit

/// The parser's byte path against its string path: the bytes of a file and
/// the same text decoded give exactly the same article, compared scalar by
/// scalar (`String ==` would accept canonically equivalent text). The byte
/// path's fast twins of the line rules are what this holds to the rules; what
/// the rules give is in the behaviour tests (`Behaviour/`). Every case comes
/// from a seed that a failure names.
struct ParserPathsTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    static let baseSeed: UInt64 = 0x5041_5253_4500  // "PARSE"

    /// Every piece of an article with its place, as scalars.
    static func exact(_ article: Article) -> [[Unicode.Scalar]] {
        func scalars(_ tag: String, _ text: String?) -> [Unicode.Scalar] {
            Array(tag.unicodeScalars) + (text.map { ["="] + Array($0.unicodeScalars) } ?? [])
        }
        var pieces = [scalars("title", article.title), scalars("byline", article.byline), scalars("dateline", article.dateline)]
        for section in article.sections {
            pieces.append(scalars("heading", section.heading))
            pieces += section.paragraphs.map { scalars("paragraph", $0) }
        }
        pieces += article.sources.map { scalars("source", $0) }
        pieces += article.authorNote.map { scalars("author", $0) }
        return pieces
    }

    /// What differs between the byte path and the string path on `bytes`, or `nil`.
    static func difference(_ bytes: [UInt8]) -> String? {
        let article = ArticleParser.parse(bytes: bytes)
        let expected = ArticleParser.parse(TextDecoding.decode(bytes))
        if article != expected || exact(article) != exact(expected) { return "parse(bytes:): \(article) != \(expected)" }
        return nil
    }

    @Test func grammarArticlesParseAlikeByBothPaths() {
        for index in 0..<3_000 {
            let seed = Self.baseSeed &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = ArticleGrammar.article(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "") for \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if difference != nil { return }
        }
    }

    @Test func editedBundledArticlesParseAlikeByBothPaths() {
        for index in 0..<200 {
            let seed = Self.baseSeed &+ 1_000_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = RandomizedPropertyTests.editedArticle(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "")")
            if difference != nil { return }
        }
    }

    @Test func hostileBytesParseAlikeByBothPaths() {
        for index in 0..<1_000 {
            let seed = Self.baseSeed &+ 2_000_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = RandomizedPropertyTests.randomBytes(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "") for bytes \(bytes)")
            if difference != nil { return }
        }
    }

    @Test func theBundledArticleAndItsRepeatsParseAlikeByBothPaths() throws {
        let bytes = Array(try Fixtures.bundledText().utf8)
        for copies in [1, 2, 7] {
            #expect(Self.difference(Array((0..<copies).map { _ in bytes }.joined())) == nil)
        }
    }
}
