import CCmarkGFM

/// Turns a cmark-gfm tree into Folio blocks, walking it with cmark's iterator.
///
/// The walk is a loop over enter and exit events with the open containers on
/// a heap stack, so nesting depth (10,000 block quotes) costs memory, not call
/// stack. Mapping:
/// - a paragraph is a `paragraph`, a `quote` when its nearest container is a
///   block quote, a `listItem` when it is the first paragraph of a list item
///   (later paragraphs of the item are list items with an empty marker, so
///   they indent under it); a paragraph that is only an image is an `image`
///   block ("[image: alt]"), followed by a `caption` when the image has a title;
/// - a list item that starts with something other than a paragraph (a nested
///   list, code) gets an empty `listItem` with its marker first;
/// - headings, code blocks (language in `details[0]`), table rows and rules
///   keep their kind whatever container they are in;
/// - raw HTML: see ``RawHTMLText``.
struct MarkdownBlockBuilder {
    /// A container open around the node being walked.
    private enum Container {
        case quote
        case item(marker: String, level: Int, emitted: Bool)
    }

    /// A list open around the node being walked, for numbering its items.
    private struct ListState {
        var ordered: Bool
        var delimiter: String
        var next: Int
    }

    /// The extension node types this builder knows, found by name once per walk.
    private enum ExtensionKind {
        case table, tableRow, tableCell, strikethrough, other
    }

    /// The blocks built so far.
    private(set) var blocks: [Block] = []
    /// The block quotes and list items open around the current node, outermost first.
    private var containers: [Container] = []
    /// The lists open around the current node, outermost first.
    private var lists: [ListState] = []
    /// The text of the paragraph, heading or table row being gathered.
    private var inline = MarkdownInlineText()
    /// Extension node types seen in this walk, by type number.
    private var extensionKinds: [UInt32: ExtensionKind] = [:]
    /// How many images the current inline node is inside (alt text).
    private var imageDepth = 0
    /// The images in the current paragraph.
    private var images = 0
    /// The title of the last image in the current paragraph.
    private var imageTitle = ""
    /// Whether the current paragraph has text outside its images.
    private var textOutsideImages = false
    /// Whether an inline HTML tag was just dropped ("a <img> b" must not read "a  b").
    private var afterDroppedTag = false
    /// The finished cells of the current table row.
    private var cells: [String] = []
    /// The UTF-8 offset in the row's text where the current cell starts.
    private var cellStart = 0
    /// Whether the current table row is the header row.
    private var rowIsHeader = false
    /// The address links are resolved against (see ``URLReference``).
    private let baseURL: String?

    /// Creates a builder that resolves links against `baseURL`.
    private init(baseURL: String?) {
        self.baseURL = baseURL
    }

    /// The blocks of the tree under `root` (a cmark document node).
    static func blocks(of root: OpaquePointer, baseURL: String?) -> [Block] {
        var builder = MarkdownBlockBuilder(baseURL: baseURL)
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { break }
            if event == CMARK_EVENT_ENTER {
                builder.enter(node)
            } else {
                builder.exit(node)
            }
        }
        return builder.blocks
    }

    /// Handles entering `node` (the only event for leaf nodes).
    private mutating func enter(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_HTML_INLINE:
            afterDroppedTag = true
        case CMARK_NODE_BLOCK_QUOTE:
            startBlock()
            containers.append(.quote)
        case CMARK_NODE_LIST:
            startBlock()
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
            lists.append(ListState(ordered: ordered, delimiter: delimiter, next: Int(cmark_node_get_list_start(node))))
        case CMARK_NODE_ITEM:
            startBlock()
            var marker = "•"
            if var list = lists.popLast() {
                if list.ordered { marker = "\(list.next)\(list.delimiter)" }
                list.next += 1
                lists.append(list)
            }
            containers.append(.item(marker: marker, level: max(1, lists.count), emitted: false))
        case CMARK_NODE_PARAGRAPH:
            afterDroppedTag = false
            images = 0
            imageTitle = ""
            textOutsideImages = false
        case CMARK_NODE_HEADING:
            startBlock()
            afterDroppedTag = false
        case CMARK_NODE_CODE_BLOCK:
            startBlock()
            var code = Self.string(cmark_node_get_literal(node))
            if code.hasSuffix("\n") { code.removeLast() }
            let language = Self.string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init)
            blocks.append(Block(.code, text: code, details: language.map { [$0] } ?? []))
        case CMARK_NODE_HTML_BLOCK:
            let text = RawHTMLText.text(ofBlock: Self.string(cmark_node_get_literal(node)))
            if !text.isEmpty { place(text, spans: []) }
        case CMARK_NODE_THEMATIC_BREAK:
            startBlock()
            blocks.append(Block(.rule, text: ""))
        case CMARK_NODE_TEXT:
            appendText(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK:
            appendText(" ")
        case CMARK_NODE_LINEBREAK:
            appendText("\n")
        case CMARK_NODE_CODE:
            inline.open(.code)
            appendText(Self.string(cmark_node_get_literal(node)))
            inline.close()
        case CMARK_NODE_EMPH:
            inline.open(.emphasis)
        case CMARK_NODE_STRONG:
            inline.open(.strong)
        case CMARK_NODE_LINK:
            inline.open(.link(URLReference.resolve(Self.string(cmark_node_get_url(node)), against: baseURL)))
        case CMARK_NODE_IMAGE:
            images += 1
            imageDepth += 1
            imageTitle = Self.string(cmark_node_get_title(node))
            inline.append("[image: ")
        default:
            enterExtension(node, type: type)
        }
    }

    /// Handles leaving `node` (container and inline nodes with children).
    private mutating func exit(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            containers.removeLast()
        case CMARK_NODE_LIST:
            lists.removeLast()
        case CMARK_NODE_ITEM:
            startBlock()
            containers.removeLast()
        case CMARK_NODE_PARAGRAPH:
            finishParagraph()
        case CMARK_NODE_HEADING:
            let (text, spans) = inline.take()
            let level = Int(cmark_node_get_heading_level(node))
            blocks.append(Block(.heading, role: Self.role(ofHeading: text), level: level, text: text, spans: spans))
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
            inline.close()
        case CMARK_NODE_IMAGE:
            inline.append("]")
            imageDepth -= 1
        default:
            exitExtension(node, type: type)
        }
    }

    /// Handles entering a node of an extension's type.
    private mutating func enterExtension(_ node: OpaquePointer, type: cmark_node_type) {
        switch extensionKind(node, type: type) {
        case .table:
            startBlock()
        case .tableRow:
            _ = inline.take()
            cells = []
            rowIsHeader = cmark_gfm_extensions_get_table_row_is_header(node) != 0
        case .tableCell:
            if !cells.isEmpty { inline.append(" | ") }
            cellStart = inline.utf8Count
        case .strikethrough:
            inline.open(.strikethrough)
        case .other:
            break
        }
    }

    /// Handles leaving a node of an extension's type.
    private mutating func exitExtension(_ node: OpaquePointer, type: cmark_node_type) {
        switch extensionKind(node, type: type) {
        case .tableRow:
            let (text, spans) = inline.take()
            blocks.append(Block(.tableRow, level: rowIsHeader ? 1 : 0, text: text, spans: spans, details: cells))
            cells = []
        case .tableCell:
            cells.append(inline.text(fromUTF8: cellStart))
        case .strikethrough:
            inline.close()
        case .table, .other:
            break
        }
    }

    /// What extension type `type` is, by its type string (cached per walk:
    /// extension type numbers are handed out at registration).
    private mutating func extensionKind(_ node: OpaquePointer, type: cmark_node_type) -> ExtensionKind {
        if let known = extensionKinds[type.rawValue] { return known }
        let kind: ExtensionKind = switch Self.string(cmark_node_get_type_string(node)) {
        case "table": .table
        case "table_row", "table_header": .tableRow
        case "table_cell": .tableCell
        case "strikethrough": .strikethrough
        default: .other
        }
        // A row's type string says whether it is a header, so cache only the kind.
        extensionKinds[type.rawValue] = kind
        return kind
    }

    /// Appends inline text, noting whether the paragraph has text besides images.
    private mutating func appendText(_ text: String) {
        var text = text
        if afterDroppedTag {
            afterDroppedTag = false
            if text.hasPrefix(" "), inline.isEmpty || inline.text.hasSuffix(" ") { text.removeFirst() }
        }
        inline.append(text)
        if imageDepth == 0, !textOutsideImages, text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            textOutsideImages = true
        }
    }

    /// Ends a paragraph: an image block when it held one image and nothing else, else placed text.
    private mutating func finishParagraph() {
        let (text, spans) = inline.take()
        guard !text.isEmpty else { return }
        if images == 1, !textOutsideImages, !openItemNeedsText {
            blocks.append(Block(.image, text: text, spans: spans))
            if !imageTitle.isEmpty { blocks.append(Block(.caption, text: imageTitle)) }
        } else {
            place(text, spans: spans)
        }
    }

    /// Whether the nearest container is a list item with no block yet.
    private var openItemNeedsText: Bool {
        if case .item(_, _, false)? = containers.last { return true }
        return false
    }

    /// Adds a paragraph's text as the block its nearest container makes it.
    private mutating func place(_ text: String, spans: [InlineSpan]) {
        switch containers.last {
        case .item(let marker, let level, let emitted)?:
            blocks.append(Block(.listItem, level: level, text: text, spans: spans, details: [emitted ? "" : marker]))
            containers[containers.count - 1] = .item(marker: marker, level: level, emitted: true)
        case .quote?:
            blocks.append(Block(.quote, text: text, spans: spans))
        case nil:
            blocks.append(Block(.paragraph, text: text, spans: spans))
        }
    }

    /// Before a block that is not a paragraph: gives a list item with no block
    /// yet its marker, as an empty list item.
    private mutating func startBlock() {
        guard case .item(let marker, let level, false)? = containers.last else { return }
        blocks.append(Block(.listItem, level: level, text: "", details: [marker]))
        containers[containers.count - 1] = .item(marker: marker, level: level, emitted: true)
    }

    /// The role of a heading: a question when it ends in a question mark.
    static func role(ofHeading text: String) -> BlockRole {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        guard let last = scalars.last else { return .body }
        return last == "?" || last == "\u{FF1F}" ? .question : .body
    }

    /// A Swift string of a C string from cmark (empty for `NULL`).
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
