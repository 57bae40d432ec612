import Testing
@testable import ArticleKit

/// The parser against its frozen oracle (`Oracle/`, the parser as it was
/// before the speed work): same bytes in, exactly the same article out,
/// compared scalar by scalar (`String ==` would accept canonically
/// equivalent text). Every case comes from a seed that a failure names.
struct ParserDifferentialTests {
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

    /// What differs between the parser and the oracle on `bytes`, or `nil`.
    static func difference(_ bytes: [UInt8]) -> String? {
        let text = TextDecoding.decode(bytes)
        if Array(text.unicodeScalars) != Array(OracleTextDecoding.decode(bytes).unicodeScalars) { return "decoded text" }
        let article = ArticleParser.parse(bytes: bytes)
        let expected = OracleArticleParser.parse(bytes: bytes)
        if article != expected || exact(article) != exact(expected) { return "parse(bytes:): \(article) != \(expected)" }
        // Undecoded text: CR and CRLF reach the line splitter.
        let raw = String(decoding: bytes, as: UTF8.self)
        if exact(ArticleParser.parse(raw)) != exact(OracleArticleParser.parse(raw)) { return "parse(_:) on raw text" }
        return nil
    }

    @Test func grammarArticlesParseLikeTheOracle() {
        for index in 0..<3_000 {
            let seed = Self.baseSeed &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = ArticleGrammar.article(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "") for \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if difference != nil { return }
        }
    }

    @Test func editedBundledArticlesParseLikeTheOracle() {
        for index in 0..<200 {
            let seed = Self.baseSeed &+ 1_000_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = RandomizedPropertyTests.editedArticle(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "")")
            if difference != nil { return }
        }
    }

    @Test func hostileBytesParseLikeTheOracle() {
        for index in 0..<1_000 {
            let seed = Self.baseSeed &+ 2_000_000 &+ UInt64(index)
            var random = SplitMix(state: seed)
            let bytes = RandomizedPropertyTests.randomBytes(&random)
            let difference = Self.difference(bytes)
            #expect(difference == nil, "seed \(seed): \(difference ?? "") for bytes \(bytes)")
            if difference != nil { return }
        }
    }

    @Test func theBundledArticleAndItsRepeatsParseLikeTheOracle() throws {
        let bytes = Array(try Fixtures.bundledText().utf8)
        for copies in [1, 2, 7] {
            #expect(Self.difference(Array((0..<copies).map { _ in bytes }.joined())) == nil)
        }
    }
}
