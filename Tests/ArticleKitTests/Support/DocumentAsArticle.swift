@testable import ArticleKit

/// Test conveniences between the plain-text parser's ``Article`` and the ``Document`` readers return.
extension Article {
    /// The article a plain-text document was made from (sections, sources and
    /// author note read back out of its blocks), for comparing with the parser.
    init(_ document: Document) {
        var sections: [Section] = []
        for section in document.sections.dropLast() {
            let paragraphs = document.blocks[section.body].map(\.text)
            sections.append(Section(heading: document.heading(of: section), paragraphs: paragraphs))
        }
        self.init(title: document.metadata.title, byline: document.metadata.byline, dateline: document.metadata.date,
                  sections: sections, sources: document.closingTexts(.source), authorNote: document.closingTexts(.authorNote))
    }
}

extension LoadedArticle {
    /// The loaded document as the plain-text parser's article.
    var article: Article { Article(document) }
}

extension ArticleDump {
    /// The JSON dump of a parsed plain-text article.
    static func json(_ article: Article) -> String { json(PlainTextReader.document(from: article)) }

    /// The text dump of a parsed plain-text article.
    static func text(_ article: Article, displayTitle: String) -> String {
        text(PlainTextReader.document(from: article), displayTitle: displayTitle)
    }
}

extension DisplayTitle {
    /// A title for a parsed plain-text article.
    static func make(for article: Article, path: String?) -> String {
        make(for: PlainTextReader.document(from: article), path: path)
    }
}
