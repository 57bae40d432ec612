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
    /// `measured` holds the text nodes' counts when they were taken before (each pass of
    /// an extraction counts the same texts).
    init(_ tree: HTMLTree, removed: [Bool], measured: TextMeasures? = nil) {
        let count = tree.nodes.count
        length = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        images = Array(repeating: 0, count: count)
        listItems = Array(repeating: 0, count: count)
        listTextLength = Array(repeating: 0, count: count)
        headingLength = Array(repeating: 0, count: count)
        hasBlock = Array(repeating: false, count: count)
        var index = count - 1
        while index > 0 {
            defer { index -= 1 }
            guard !removed[index] else { continue }
            let node = tree.nodes[index]
            if node.isText {
                if let measured {
                    length[index] = measured.length[index]
                    commas[index] = measured.commas[index]
                } else {
                    (length[index], commas[index]) = TextStats.measure(node.text)
                }
            }
            if node.name == "a" { linkLength[index] = length[index] }
            if node.name == "p" { paragraphs[index] += 1 }
            if node.name == "img" || node.name == "amp-img" { images[index] += 1 }
            if node.name == "li" { listItems[index] += 1; listTextLength[index] = length[index] }
            if node.name.count == 2, node.name.first == "h", let digit = node.name.last, ("1"..."6").contains(digit) {
                headingLength[index] = length[index]
            }
            let parent = node.parent
            headingLength[parent] += headingLength[index]
            if hasBlock[index] || TextStats.blockNames.contains(node.name) { hasBlock[parent] = true }
            images[parent] += images[index]
            listItems[parent] += listItems[index]
            listTextLength[parent] += listTextLength[index]
            length[parent] += length[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
        }
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

/// The collapsed length and comma count of each text node of a tree, taken once.
struct TextMeasures {
    /// Characters of each text node (0 for elements), white-space runs counted as one.
    var length: [Int]
    /// Commas of each text node.
    var commas: [Int]

    /// Measures every text node of `tree`.
    init(_ tree: HTMLTree) {
        length = Array(repeating: 0, count: tree.nodes.count)
        commas = Array(repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices where tree.nodes[index].isText {
            (length[index], commas[index]) = TextStats.measure(tree.nodes[index].text)
        }
    }
}
