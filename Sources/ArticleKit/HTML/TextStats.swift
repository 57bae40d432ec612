/// The text each element holds, counted once for the whole tree: collapsed
/// length, length inside links, commas, and paragraphs.
///
/// Children always have larger indices than their parent in an ``HTMLTree``,
/// so one pass from the last node to the first adds each node into its parent.
struct TextStats {
    /// Characters of text, with white-space runs counted as one.
    var length: [Int]
    /// Characters of text inside `<a>` elements.
    var linkLength: [Int]
    /// Commas (also "，" and "、").
    var commas: [Int]
    /// `<p>` elements inside.
    var paragraphs: [Int]
    /// Images inside (`img`, `amp-img`).
    var images: [Int]
    /// List items inside.
    var listItems: [Int]
    /// Characters of text inside list items.
    var listTextLength: [Int]
    /// Characters of text inside headings (`h1`-`h6`).
    var headingLength: [Int]
    /// Whether an element holds a block element (`p`, `div`, a list, a table, ...) or an image.
    var hasBlock: [Bool]

    /// Counts the tree, leaving out nodes flagged in `removed` (and all under them);
    /// `measured` holds the text nodes' counts and the elements' kinds when they were
    /// taken before (each pass of an extraction counts the same tree).
    init(_ tree: HTMLTree, removed: [Bool], measured: TextMeasures? = nil) {
        let measured = measured ?? TextMeasures(tree)
        let count = tree.nodes.count
        length = measured.length
        linkLength = Array(repeating: 0, count: count)
        commas = measured.commas
        paragraphs = Array(repeating: 0, count: count)
        images = Array(repeating: 0, count: count)
        listItems = Array(repeating: 0, count: count)
        listTextLength = Array(repeating: 0, count: count)
        headingLength = Array(repeating: 0, count: count)
        hasBlock = Array(repeating: false, count: count)
        tree.nodes.withUnsafeBufferPointer { nodes in
            var index = count - 1
            while index > 0 {
                defer { index -= 1 }
                guard !removed[index] else {
                    // A removed text node counts nothing (a removed element holds only what
                    // children it does not remove gave it, as before).
                    if nodes[index].isText {
                        length[index] = 0
                        commas[index] = 0
                    }
                    continue
                }
                let kind = measured.kinds[index]
                if kind.contains(.link) { linkLength[index] = length[index] }
                if kind.contains(.paragraph) { paragraphs[index] += 1 }
                if kind.contains(.image) { images[index] += 1 }
                if kind.contains(.listItem) { listItems[index] += 1; listTextLength[index] = length[index] }
                if kind.contains(.heading) { headingLength[index] = length[index] }
                let parent = nodes[index].parent
                headingLength[parent] += headingLength[index]
                if hasBlock[index] || kind.contains(.block) { hasBlock[parent] = true }
                images[parent] += images[index]
                listItems[parent] += listItems[index]
                listTextLength[parent] += listTextLength[index]
                length[parent] += length[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
                paragraphs[parent] += paragraphs[index]
            }
        }
    }

    /// What an element is, for the counts: a link, a paragraph, an image, a list item,
    /// a heading, an element of ``blockNames``.
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt8
        static let link = Kind(rawValue: 1)
        static let paragraph = Kind(rawValue: 2)
        static let image = Kind(rawValue: 4)
        static let listItem = Kind(rawValue: 8)
        static let heading = Kind(rawValue: 16)
        static let block = Kind(rawValue: 32)

        /// The kind of an element named `name` (text nodes have none).
        init(name: String) {
            var kind: Kind = []
            switch name {
            case "a": kind.insert(.link)
            case "p": kind.insert(.paragraph)
            case "img", "amp-img": kind.insert(.image)
            case "li": kind.insert(.listItem)
            case "h1", "h2", "h3", "h4", "h5", "h6": kind.insert(.heading)
            default: break
            }
            if TextStats.blockNames.contains(name) { kind.insert(.block) }
            self = kind
        }

        /// Creates a kind from its bits.
        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    /// Elements that make a `div` more than a paragraph.
    static let blockNames: Set<String> = ["blockquote", "dl", "div", "img", "amp-img", "ol", "p", "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "main", "header", "footer", "form", "hr"]

    /// ``measure(_:)`` of UTF-8 bytes that are all ASCII, byte by byte; `nil` at the first non-ASCII byte.
    static func measureASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var characters = 0
        var commas = 0
        var inSpace = true
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if !inSpace { characters += 1; inSpace = true }
                continue
            }
            inSpace = false
            characters += 1
            if byte == 0x2C { commas += 1 }
        }
        return (characters, commas)
    }

    /// The share of an element's text that is link text (0 when it has none).
    func linkDensity(_ index: Int) -> Double {
        length[index] == 0 ? 0 : Double(linkLength[index]) / Double(length[index])
    }

    /// The collapsed length and comma count of a text.
    static func measure(_ text: String) -> (Int, Int) {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(measureASCII), let ascii { return ascii }
        var characters = 0
        var commas = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            if WhiteSpace.contains(scalar.value) {
                if !inSpace { characters += 1; inSpace = true }
                continue
            }
            inSpace = false
            characters += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" { commas += 1 }
        }
        return (characters, commas)
    }
}

/// The collapsed length and comma count of each text node of a tree, and the kind of
/// each element, taken once.
struct TextMeasures {
    /// Characters of each text node (0 for elements), white-space runs counted as one.
    var length: [Int]
    /// Commas of each text node.
    var commas: [Int]
    /// Each node's kind (empty for text nodes and other elements).
    var kinds: [TextStats.Kind]

    /// Measures every node of `tree`.
    init(_ tree: HTMLTree) {
        length = Array(repeating: 0, count: tree.nodes.count)
        commas = Array(repeating: 0, count: tree.nodes.count)
        kinds = Array(repeating: [], count: tree.nodes.count)
        for index in tree.nodes.indices {
            if tree.nodes[index].isText {
                (length[index], commas[index]) = TextStats.measure(tree.nodes[index].text)
            } else {
                kinds[index] = TextStats.Kind(name: tree.nodes[index].name)
            }
        }
    }
}
