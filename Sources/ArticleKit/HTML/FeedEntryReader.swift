/// Reads a feed entry's HTML (its `content` or `summary`) as a whole article.
///
/// An entry's HTML is the article body already, so nothing is scored or
/// dropped as chrome: every visible block is kept, headings become sections,
/// and the closing rules (sources, author note) apply as for pages.
public enum FeedEntryReader {
    /// The document of an entry: `html` as its body, the entry's own title, author, date and link.
    public static func read(html: String, title: String?, byline: String?, date: String?, link: String?, entryID: String) -> Document {
        let tree = LibXMLTreeBuilder.parse(Array(html.utf8))
        var metadata = DocumentMetadata(source: .feedEntry(entryID), format: .html)
        metadata.title = title
        metadata.byline = byline
        metadata.date = date
        metadata.url = link
        var blocks = ArticleExtraction.pageText(tree, baseURL: link)
        ClosingRoles.assign(&blocks)
        return Document(metadata: metadata, blocks: blocks)
    }
}
