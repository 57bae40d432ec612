/// Finds the article in a page and turns it into blocks, retrying with
/// gentler pruning when a strict pass finds too little text.
///
/// Pass one removes chrome by class and id and weighs classes; pass two
/// keeps elements whose class looks like chrome; pass three also ignores
/// class weights. The first pass with 500 characters of text wins; a later pass
/// replaces an earlier one only when it finds at least twice as much text.
struct ArticleExtraction {
    /// The article's blocks (before closing roles).
    var blocks: [Block]
    /// Whether the page holds an article (else ``blocks`` are empty or a weak guess).
    var isArticle: Bool
    /// The byline the page shows in its text, if found.
    var byline: String?

    /// Extracts the article of `tree`.
    static func extract(_ tree: HTMLTree, title: String?, baseURL: String?) -> ArticleExtraction {
        let passes = [
            JunkPruner.Options(removeUnlikely: true, weighClasses: true),
            JunkPruner.Options(removeUnlikely: false, weighClasses: true),
            JunkPruner.Options(removeUnlikely: false, weighClasses: false),
        ]
        var best: (extraction: ArticleExtraction, length: Int)?
        let counts = Counts(tree)
        for options in passes {
            let attempt = run(tree, options: options, title: title, baseURL: baseURL, counts: counts)
            let length = attempt.blocks.reduce(0) { $0 + $1.text.unicodeScalars.count }
            // A gentler pass must find much more to win: a short article stays short
            // rather than gaining the chrome the strict pass took away.
            if best == nil || length >= 2 * best!.length { best = (attempt, length) }
            if best!.length >= 500 { break }
        }
        return best!.extraction
    }

    /// The text counts every pass shares: each text node's, and the whole tree's with nothing removed.
    struct Counts {
        /// Each text node's length and commas.
        var measured: TextMeasures
        /// The tree counted with nothing removed.
        var plain: TextStats

        /// Counts `tree`.
        init(_ tree: HTMLTree) {
            measured = TextMeasures(tree)
            plain = TextStats(tree, removed: Array(repeating: false, count: tree.nodes.count), measured: measured)
        }
    }

    /// One pass with the given pruning.
    static func run(_ tree: HTMLTree, options: JunkPruner.Options, title: String?, baseURL: String?,
                    counts: Counts) -> ArticleExtraction {
        var removed = JunkPruner.removed(tree, options: options, plain: counts.plain)
        let body = tree.first("body") ?? 0
        let byline = BylineFinder.find(tree, under: body, removed: removed)
        if let byline { removed[byline.index] = true; markDescendants(tree, byline.index, in: &removed) }
        let stats = TextStats(tree, removed: removed, measured: counts.measured)
        let scores = ContentScorer.scores(tree, removed: removed, stats: stats, weighClasses: options.weighClasses)
        var choice = ContentSelector.select(tree, removed: removed, stats: stats, scores: scores)
        choice.roots = LeadingHeadings.roots(tree, choice.roots, removed: removed, stats: stats, title: title)
        let cleaned = ContentCleaner.cleaned(tree, roots: choice.roots, removed: removed, stats: stats, scores: scores,
                                             weighClasses: options.weighClasses)
        let blocks = BlockBuilder.blocks(of: choice.roots, tree: tree, removed: cleaned, baseURL: baseURL, title: title)
        let isIndex = IndexPages.looksLikeIndex(tree, roots: choice.roots, removed: cleaned, stats: stats, baseURL: baseURL)
        let isArticle = choice.score > 0 && !isIndex && IndexPages.hasArticleText(blocks)
        return ArticleExtraction(blocks: blocks, isArticle: isArticle, byline: byline?.text)
    }

    /// Flags every node under `index` as removed.
    static func markDescendants(_ tree: HTMLTree, _ index: Int, in removed: inout [Bool]) {
        for node in tree.descendants(of: index) { removed[node] = true }
    }

    /// The visible text of the whole page as blocks, for a page that is not an article.
    static func pageText(_ tree: HTMLTree, baseURL: String?) -> [Block] {
        let removed = JunkPruner.visibleOnly(tree)
        let body = tree.first("body") ?? 0
        return BlockBuilder.blocks(of: [body], tree: tree, removed: removed, baseURL: baseURL, title: nil)
    }
}
