/// Turns the chosen part of a page into blocks: paragraphs, headings, list
/// items, quotes, code, table rows, images, captions and rules, with inline
/// styles and links as spans.
///
/// Elements nest at most ``HTMLTree/maxDepth`` deep, so the walk may recurse.
struct BlockBuilder {
    /// The page.
    let tree: HTMLTree
    /// Nodes to leave out (with everything under them).
    let removed: [Bool]
    /// The URL links are resolved against (`<base href>` over the page's URL), if known.
    let baseURL: String?
    /// The article's title, to drop a heading that repeats it.
    let title: String?

    /// The blocks made so far.
    private(set) var blocks: [Block] = []
    /// The text of the block being built.
    private var line = HTMLInlineText()
    /// How many `<blockquote>`s we are in.
    private var quoteDepth = 0
    /// The lists we are in: ordered or not, and the next item's number.
    private var lists: [(ordered: Bool, next: Int)] = []
    /// The marker of the list item being built ("" for a later block of the same item), or `nil` outside items.
    private var itemMarker: String?
    /// How many `<figcaption>`s (or table captions) we are in.
    private var captionDepth = 0
    /// When above zero, block elements add a space instead of ending a block (table cells).
    private var flatDepth = 0
    /// Images met inside the heading being built (they follow it), or `nil` outside headings.
    private var headingImages: [Block]?

    /// Creates a builder.
    init(tree: HTMLTree, removed: [Bool], baseURL: String?, title: String?) {
        self.tree = tree
        self.removed = removed
        self.baseURL = baseURL
        self.title = title
    }

    /// The blocks of `roots`, in order.
    static func blocks(of roots: [Int], tree: HTMLTree, removed: [Bool], baseURL: String?, title: String?) -> [Block] {
        var builder = BlockBuilder(tree: tree, removed: removed, baseURL: baseURL, title: title)
        for root in roots { builder.walk(root) }
        builder.flush()
        return builder.blocks
    }

    /// Block-level elements that simply end the current block before and after their content.
    static let containerNames: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "address", "center", "details", "summary",
        "dl", "dt", "dd", "fieldset", "hgroup", "body", "html", "tr", "td", "th", "tbody", "thead", "tfoot",
        "legend", "nav", "aside", "form", "figure", "#document", "search", "picture",
    ]

    /// Walks one node.
    mutating func walk(_ index: Int) {
        guard !removed[index] else { return }
        if tree.nodes[index].isText {
            line.append(tree.nodes[index].text)
            return
        }
        let node = tree.nodes[index]
        if flatDepth > 0, !BlockBuilder.inlineNames.contains(node.name), node.name != "br", node.name != "img" {
            line.append(" ")
            walkChildren(index)
            line.append(" ")
            return
        }
        switch node.name {
        case "br":
            if line.afterBreak { flush() } else { line.lineBreak() }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            heading(index, level: Int(String(node.name.dropFirst())) ?? 2)
        case "ul", "ol", "menu", "dir":
            flush()
            let ordered = node.name == "ol"
            let start = ordered ? Int(node.attribute("start")?.trimmingSpaces() ?? "") ?? 1 : 1
            lists.append((ordered, start))
            walkChildren(index)
            flush()
            lists.removeLast()
        case "li":
            listItem(index)
        case "blockquote":
            flush()
            quoteDepth += 1
            walkChildren(index)
            flush()
            quoteDepth -= 1
        case "pre":
            code(index)
        case "table":
            flush()
            if TableShape.isDataTable(tree, index) { table(index) } else { walkChildren(index); flush() }
        case "img", "amp-img":
            image(index)
        case "figcaption":
            flush()
            captionDepth += 1
            walkChildren(index)
            flush()
            captionDepth -= 1
        case "hr":
            flush()
            blocks.append(Block(.rule, text: ""))
        case "em", "i", "cite", "dfn":
            styled(index, .emphasis)
        case "strong", "b":
            styled(index, .strong)
        case "code", "kbd", "samp", "tt", "var":
            styled(index, .code)
        case "s", "del", "strike":
            styled(index, .strikethrough)
        case "a":
            if let href = node.attribute("href"), !href.trimmingSpaces().isEmpty, !href.hasPrefix("#"),
               !URLReference.isUnsafeLink(href) {
                styled(index, .link(URLReference.resolve(href, against: baseURL)))
            } else {
                walkChildren(index)
            }
        default:
            if BlockBuilder.containerNames.contains(node.name) || node.name.contains("-") {
                flush()
                walkChildren(index)
                flush()
            } else {
                walkChildren(index)
            }
        }
    }

    /// Elements that stay inline inside a table cell.
    static let inlineNames: Set<String> = [
        "a", "em", "i", "cite", "dfn", "strong", "b", "code", "kbd", "samp", "tt", "var", "s", "del", "strike",
        "span", "font", "small", "big", "sup", "sub", "abbr", "time", "mark", "u", "ins", "q", "bdi", "bdo", "data", "label",
    ]

    /// Walks the children of `index` in order.
    mutating func walkChildren(_ index: Int) {
        for child in tree.nodes[index].children { walk(child) }
    }

    /// Walks `index` with `style` over its text.
    mutating func styled(_ index: Int, _ style: InlineStyle) {
        let token = line.openSpan(style)
        walkChildren(index)
        line.closeSpan(token)
    }

    /// Ends the block being built, if it has text.
    mutating func flush() {
        if flatDepth > 0 { line.append(" "); return }
        guard let (text, spans) = line.take() else { return }
        if captionDepth > 0 {
            blocks.append(Block(.caption, text: text, spans: spans))
        } else if let marker = itemMarker {
            blocks.append(Block(.listItem, level: max(1, lists.count), text: text, spans: spans, details: [marker]))
            itemMarker = ""
        } else if quoteDepth > 0 {
            blocks.append(Block(.quote, text: text, spans: spans))
        } else if QuestionHeadings.isBoldQuestion(text, spans: spans) {
            blocks.append(Block(.heading, role: .question, level: 3, text: text))
        } else {
            blocks.append(Block(.paragraph, text: text, spans: spans))
        }
    }

    /// A heading: h2-h4 start sections; h1 repeating the title is dropped; h5, h6 and
    /// headings inside lists, quotes and captions are strong text.
    mutating func heading(_ index: Int, level: Int) {
        flush()
        let saved = headingImages
        headingImages = []
        walkChildren(index)
        let images = headingImages ?? []
        headingImages = saved
        headingBlock(level: level)
        blocks += images
    }

    /// The heading (or strong text) made of the line built from a heading's children.
    mutating func headingBlock(level: Int) {
        let inside = itemMarker != nil || quoteDepth > 0 || captionDepth > 0
        guard !inside, level <= 4 else {
            if !line.isEmpty {
                let (text, spans) = line.take() ?? ("", [])
                var block = Block(inside && quoteDepth > 0 ? .quote : .paragraph, text: text,
                                  spans: [InlineSpan(start: 0, end: text.unicodeScalars.count, style: .strong)] + spans)
                if captionDepth > 0 { block.kind = .caption }
                if let marker = itemMarker {
                    block.kind = .listItem
                    block.level = max(1, lists.count)
                    block.details = [marker]
                    itemMarker = ""
                }
                blocks.append(block)
            }
            return
        }
        guard let (text, spans) = line.take() else { return }
        if level <= 2, let title, TitleMatching.isSame(text, title) { return }
        let role: BlockRole = QuestionHeadings.endsWithQuestionMark(text) ? .question : .body
        blocks.append(Block(.heading, role: role, level: level, text: text, spans: spans.filter { $0.style.url != nil }))
    }

    /// A list item: its first block carries the marker; later blocks of the item carry "".
    mutating func listItem(_ index: Int) {
        flush()
        var marker = "•"
        if let list = lists.last, list.ordered {
            var number = list.next
            if let value = tree.nodes[index].attribute("value").flatMap({ Int($0.trimmingSpaces()) }) { number = value }
            marker = "\(number)."
            lists[lists.count - 1].next = number + 1
        }
        let saved = itemMarker
        itemMarker = marker
        walkChildren(index)
        flush()
        itemMarker = saved == nil ? nil : ""
    }

    /// A `<pre>`: one code block keeping its line breaks; a `language-x` class names the language.
    mutating func code(_ index: Int) {
        flush()
        var text = HTMLInlineText()
        var language: String?
        for node in [index] + tree.descendants(of: index) where !removed[node] {
            let current = tree.nodes[node]
            if current.isText { text.appendPreformatted(current.text); continue }
            if current.name == "br" { text.appendPreformatted("\n") }
            if language == nil, let classes = current.attribute("class") {
                for word in classes.split(separator: " ") where word.hasPrefix("language-") || word.hasPrefix("lang-") {
                    language = String(word.drop { $0 != "-" }.dropFirst())
                }
            }
        }
        guard var body = text.take()?.text else { return }
        while body.hasPrefix("\n") { body.removeFirst() }
        while let last = body.unicodeScalars.last, WhiteSpace.contains(last.value) { body.unicodeScalars.removeLast() }
        guard !body.isEmpty else { return }
        blocks.append(Block(.code, text: body, details: language.map { [$0] } ?? []))
    }

    /// A data table: its caption, then one row block per row (header rows at level 1).
    mutating func table(_ index: Int) {
        if let caption = tree.nodes[index].children.first(where: { tree.nodes[$0].name == "caption" }), !removed[caption] {
            captionDepth += 1
            walkChildren(caption)
            flush()
            captionDepth -= 1
        }
        for row in TableShape.rows(tree, index) where !removed[row] {
            var cells: [String] = []
            var spans: [InlineSpan] = []
            var offset = 0
            var allHeaders = true
            for cell in tree.nodes[row].children where !removed[cell] {
                let name = tree.nodes[cell].name
                guard name == "td" || name == "th" else { continue }
                if name == "td" { allHeaders = false }
                flatDepth += 1
                walkChildren(cell)
                flatDepth -= 1
                let (text, cellSpans) = line.take() ?? ("", [])
                if !cells.isEmpty { offset += 3 }
                spans += cellSpans.map { InlineSpan(start: $0.start + offset, end: $0.end + offset, style: $0.style) }
                offset += text.unicodeScalars.count
                cells.append(text)
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            let inHead = tree.nodes[tree.nodes[row].parent].name == "thead"
            blocks.append(Block(.tableRow, level: allHeaders || inHead ? 1 : 0, text: cells.joined(separator: " | "),
                                spans: spans, details: cells))
        }
    }

    /// An image: a placeholder block with its alt text; tracking pixels are skipped, a
    /// small image inside running text adds its alt text to the line, and an image inside
    /// a heading is kept for after the heading.
    mutating func image(_ index: Int) {
        let node = tree.nodes[index]
        let width = node.attribute("width").flatMap { Int($0.trimmingSpaces()) }
        let height = node.attribute("height").flatMap { Int($0.trimmingSpaces()) }
        if let width, width <= 2 { return }
        if let height, height <= 2 { return }
        var alt = HTMLInlineText()
        alt.append(node.attribute("alt") ?? "")
        if alt.isEmpty { alt.append(LazyImages.noscriptAlt(tree, after: index) ?? "") }
        let text = alt.take()?.text ?? ""
        if flatDepth > 0 || (!line.isEmpty && (width ?? 100) <= 64) {
            line.append(text)
            return
        }
        let block = Block(.image, text: text.isEmpty ? "[image]" : "[image: \(text)]")
        // An image inside a heading follows it, so it does not split the heading's text.
        if headingImages != nil { headingImages!.append(block); return }
        flush()
        blocks.append(block)
    }
}
