/// Reads HTML pages: finds the charset, parses with libxml2, reads the page's
/// metadata, extracts the article (Readability-style scoring) and turns it
/// into blocks with inline styles and resolved links.
///
/// A page that holds no article (an index page, a page of links) is shown
/// as its visible text with a notice; a page with no text but a JSON-LD
/// `articleBody` shows that body.
public enum HTMLReader: DocumentReader {
    /// The notice for a page whose article could not be found.
    public static let notArticleNotice = "not an article: showing the page's text"

    /// Reads a page's bytes.
    public static func read(_ bytes: [UInt8], context: ReadContext) -> Document {
        read(tree: LibXMLTreeBuilder.parse(HTMLText.utf8(bytes, charset: context.charset)), context: context)
    }

    /// Reads a parsed page.
    static func read(tree: HTMLTree, context: ReadContext) -> Document {
        let page = PageMetadata(tree)
        let jsonLD = JSONLDMetadata.read(page.jsonLD)
        var metadata = DocumentMetadata(source: context.source, format: .html)
        metadata.siteName = page.first(["og:site_name", "application-name"]) ?? jsonLD?.publisher
        metadata.title = TitleCleaner.title(page: page, jsonLD: jsonLD, siteName: metadata.siteName)
        metadata.url = pageURL(page: page, jsonLD: jsonLD, context: context)
        metadata.date = jsonLD?.datePublished ?? page.first([
            "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
            "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
        ]) ?? firstTimeElement(tree)
        let base = page.base.map { URLReference.resolve($0, against: context.url) } ?? context.url ?? metadata.url

        let extraction = ArticleExtraction.extract(tree, title: metadata.title, baseURL: base)
        metadata.byline = jsonLD?.author ?? page.first(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"])
            .flatMap { $0.hasPrefix("http") ? nil : $0 } ?? extraction.byline
        var blocks = extraction.blocks
        if !extraction.isArticle {
            if let body = jsonLD?.articleBody.map(paragraphs), IndexPages.hasArticleText(body) {
                blocks = body
            } else {
                let text = ArticleExtraction.pageText(tree, baseURL: base)
                if !text.isEmpty || blocks.isEmpty {
                    blocks = text
                    metadata.notice = notArticleNotice
                }
                if blocks.isEmpty, let body = jsonLD?.articleBody.map(paragraphs) { blocks = body; metadata.notice = nil }
            }
        }
        ClosingRoles.assign(&blocks)
        return Document(metadata: metadata, blocks: blocks)
    }

    /// The page's address: `<link rel=canonical>`, `og:url`, JSON-LD `url`, else the fetched URL.
    static func pageURL(page: PageMetadata, jsonLD: JSONLDMetadata?, context: ReadContext) -> String? {
        let candidates = [page.canonical, page.first(["og:url"]), jsonLD?.url].compactMap { $0 }
        for candidate in candidates where !URLReference.isUnsafeLink(candidate) {
            return URLReference.resolve(candidate, against: context.url)
        }
        return context.url
    }

    /// The `datetime` of the first `<time>` element in the page.
    static func firstTimeElement(_ tree: HTMLTree) -> String? {
        guard let time = tree.first("time"), let value = tree.nodes[time].attribute("datetime")?.trimmingSpaces(),
              !value.isEmpty else { return nil }
        return value
    }

    /// A JSON-LD `articleBody` as paragraphs (split at line breaks).
    static func paragraphs(_ body: String) -> [Block] {
        body.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            let text = HTMLEntities.collapsed(String(line))
            return text.isEmpty ? nil : Block(.paragraph, text: text)
        }
    }
}
