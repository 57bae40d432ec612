/// An article as ``ArticleParser`` reads it: every body paragraph in one array,
/// and each question heading with the place of its first paragraph.
///
/// The reader turns this into blocks directly; ``article`` gives the public
/// ``Article`` (one paragraph array per section). One array instead of one per
/// section matters on large files: a 100 MB article has about 80,000
/// sections, and freeing their arrays took about a sixth of the parse.
struct ParsedArticle {
    /// The title line, when the file has one.
    var title: String?
    /// A "By ..." line under the title, when present.
    var byline: String?
    /// A date line under the title or byline, when present.
    var dateline: String?
    /// The body's paragraphs in order: the lead's, then each section's.
    var paragraphs: [String]
    /// The question headings, each with the index in ``paragraphs`` where its section's paragraphs start.
    var headings: [(text: String, firstParagraph: Int)]
    /// Closing attribution lines.
    var sources: [String]
    /// Paragraphs about the author at the end.
    var authorNote: [String]

    /// The public form: the lead and one section per heading.
    var article: Article {
        var sections: [Section] = []
        sections.reserveCapacity(headings.count + 1)
        let leadEnd = headings.first?.firstParagraph ?? paragraphs.count
        sections.append(Section(heading: nil, paragraphs: Array(paragraphs[..<leadEnd])))
        for (index, heading) in headings.enumerated() {
            let end = index + 1 < headings.count ? headings[index + 1].firstParagraph : paragraphs.count
            sections.append(Section(heading: heading.text, paragraphs: Array(paragraphs[heading.firstParagraph..<end])))
        }
        return Article(title: title, byline: byline, dateline: dateline, sections: sections,
                       sources: sources, authorNote: authorNote)
    }
}

extension ParsedArticle {
    /// The flat form of a public ``Article``.
    init(_ article: Article) {
        title = article.title
        byline = article.byline
        dateline = article.dateline
        paragraphs = article.sections.flatMap(\.paragraphs)
        headings = []
        var first = article.sections.first?.paragraphs.count ?? 0
        for section in article.sections.dropFirst() {
            headings.append((section.heading ?? "", first))
            first += section.paragraphs.count
        }
        sources = article.sources
        authorNote = article.authorNote
    }
}
