import ArticleKit
import FeedKit

/// How a library article becomes a document, for the reader and for search alike.
public enum LibraryText {
    /// The document of an article: the whole page when one was fetched (read
    /// as any web page is), else the entry's content, else its summary.
    public static func document(title: String?, authors: [String], time: Int64?, link: String?, entryID: String,
                                summary: String?, content: String?, page: (url: String, html: String)?) -> Document {
        if let page {
            var document = HTMLReader.read(Array(page.html.utf8), context: ReadContext(source: .feedEntry(entryID), url: page.url))
            if document.metadata.title == nil { document.metadata.title = title }
            if document.metadata.url == nil { document.metadata.url = link }
            if document.blocks.isEmpty == false, document.metadata.notice == nil { return document }
        }
        let html = [content, summary].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let date = time.flatMap { $0 > 0 ? FeedDate.iso(Int($0)) : nil }
        return FeedEntryReader.read(html: html, title: title, byline: authors.isEmpty ? nil : authors.joined(separator: ", "),
                                    date: date, link: link, entryID: entryID)
    }

    /// The document of a cached article.
    public static func document(_ body: LibraryArticleBody) -> Document {
        document(title: body.article.title, authors: body.authors, time: body.article.time, link: body.link,
                 entryID: body.entryID, summary: body.summary, content: body.content,
                 page: body.page.map { (body.pageURL ?? body.link ?? "", $0) })
    }

    /// The text full-text search looks in: the words of the entry's HTML, or, when its
    /// whole page was fetched, the article's sections as the reader shows them (a page's
    /// menus and footers are no part of the article).
    public static func searchText(entry: FeedEntry, page: (url: String, html: String)?) -> String {
        if page == nil {
            return FeedText.words(ofHTML: [entry.content, entry.summary].compactMap { $0 }.first { !$0.isEmpty } ?? "")
        }
        let document = document(title: entry.title, authors: entry.authors, time: nil, link: entry.link,
                                entryID: ArticleKey.entryID(entry), summary: entry.summary, content: entry.content, page: page)
        return TextProjection(document).sections.map { ([$0.heading].compactMap { $0 } + $0.paragraphs).joined(separator: "\n") }
            .joined(separator: "\n")
    }
}
