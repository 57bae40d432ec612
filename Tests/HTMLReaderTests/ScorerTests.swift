import Testing
@testable import ArticleKit

/// Class hints, scores and the choice of the article's container.
@Suite struct ScorerTests {
    /// A parsed page.
    func tree(_ html: String) -> HTMLTree { LibXMLTreeBuilder.parse(Array(html.utf8)) }

    /// A paragraph of prose with `commas` commas.
    func prose(_ commas: Int, _ word: String = "harbour") -> String {
        "<p>" + Array(repeating: "The \(word) wall was finished late", count: commas + 1).joined(separator: ", ") + " and everyone was glad.</p>"
    }

    @Test func classHintsMatchWordsNotFragments() {
        #expect(ClassHints.isNegative("ad-slot"))
        #expect(!ClassHints.isNegative("shadow header-title"))
        #expect(ClassHints.isNegative("sidebar-left"))
        #expect(ClassHints.isPositive("articleBody"))
        #expect(!ClassHints.isPositive("postscript-box"))
        #expect(ClassHints.weight(HTMLNode(name: "div", attributes: [("class", "post-content"), ("id", "comments")])) == 0)
        #expect(ClassHints.isUnlikely(HTMLNode(name: "div", attributes: [("class", "share-tools")])))
        #expect(!ClassHints.isUnlikely(HTMLNode(name: "div", attributes: [("class", "article-share-body")])))
    }

    @Test func paragraphsWithMoreCommasScoreTheirParentHigher() {
        let page = tree("<body><div id=a>\(prose(0))\(prose(0))</div><div id=b>\(prose(5))\(prose(5))</div></body>")
        let removed = JunkPruner.removed(page, options: .init())
        let stats = TextStats(page, removed: removed)
        let scores = ContentScorer.scores(page, removed: removed, stats: stats, weighClasses: true)
        let a = page.all("div").first { page.nodes[$0].attribute("id") == "a" }!
        let b = page.all("div").first { page.nodes[$0].attribute("id") == "b" }!
        #expect(scores[b]! > scores[a]!)
        #expect(ContentSelector.select(page, removed: removed, stats: stats, scores: scores).roots.contains(b))
    }

    @Test func linkDensityCutsAScore() {
        let links = "<p>" + Array(repeating: "<a href=/x>a link to another story, with words</a>", count: 4).joined(separator: " ") + "</p>"
        let page = tree("<body><div id=links>\(links)\(links)</div><div id=text>\(prose(2))\(prose(2))</div></body>")
        let removed = JunkPruner.removed(page, options: .init())
        let stats = TextStats(page, removed: removed)
        let scores = ContentScorer.scores(page, removed: removed, stats: stats, weighClasses: true)
        let linked = page.all("div").first { page.nodes[$0].attribute("id") == "links" }!
        #expect(stats.linkDensity(linked) > 0.9)
        #expect((scores[linked] ?? 0) < 1)
    }

    @Test func chromeClassesArePrunedInTheStrictPass() {
        let page = tree("<body><div class=comments>\(prose(9))</div><article>\(prose(1))</article></body>")
        let strict = JunkPruner.removed(page, options: .init())
        let comments = page.all("div")[0]
        #expect(strict[comments])
        #expect(!JunkPruner.removed(page, options: .init(removeUnlikely: false, weighClasses: true))[comments])
    }

    @Test func siblingParagraphsWithEnoughTextJoinTheTopCandidate() {
        let page = tree("<body><div id=main>\(prose(4))\(prose(4))\(prose(4))</div>\(prose(1, "ferry"))<div class=x><a href=/>Home</a></div></body>")
        let removed = JunkPruner.removed(page, options: .init())
        let stats = TextStats(page, removed: removed)
        let scores = ContentScorer.scores(page, removed: removed, stats: stats, weighClasses: true)
        let roots = ContentSelector.select(page, removed: removed, stats: stats, scores: scores).roots
        #expect(roots.map { page.nodes[$0].name } == ["div", "p"])
    }
}
