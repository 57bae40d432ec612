/// A parsed HTML page as a flat array of nodes, each naming its parent and children by index.
///
/// A flat tree is walked with loops and index stacks, and freeing it frees one
/// array: a page of 10,000 nested elements needs no recursion (a tree of class
/// instances would release itself recursively, one stack frame a level).
struct HTMLTree: Sendable {
    /// The nodes; index 0 is the document root.
    var nodes: [HTMLNode]

    /// The deepest element nesting kept; deeper elements are unwrapped (their
    /// children hang on the deepest kept ancestor), so any walk of the tree is
    /// bounded by this depth.
    static let maxDepth = 96

    /// An empty tree holding only the document root.
    init() {
        nodes = [HTMLNode(name: "#document", parent: -1)]
    }

    /// The node at `index`.
    subscript(index: Int) -> HTMLNode { nodes[index] }

    /// Appends a node under `parent` and returns its index.
    @discardableResult
    mutating func append(_ node: HTMLNode, under parent: Int) -> Int {
        var node = node
        node.parent = parent
        let index = nodes.count
        nodes.append(node)
        nodes[parent].children.append(index)
        return index
    }

    /// The descendants of `root` (not `root` itself) in document order.
    func descendants(of root: Int) -> [Int] {
        var out: [Int] = []
        var stack: [Int] = nodes[root].children.reversed()
        while let index = stack.popLast() {
            out.append(index)
            stack.append(contentsOf: nodes[index].children.reversed())
        }
        return out
    }

    /// The first element named `name` in document order under `root`.
    func first(_ name: String, under root: Int = 0) -> Int? {
        var stack: [Int] = nodes[root].children.reversed()
        while let index = stack.popLast() {
            if nodes[index].name == name { return index }
            stack.append(contentsOf: nodes[index].children.reversed())
        }
        return nil
    }

    /// Every element named `name` under `root`, in document order.
    func all(_ name: String, under root: Int = 0) -> [Int] {
        descendants(of: root).filter { nodes[$0].name == name }
    }

    /// Whether `node` lies inside `ancestor` (or is it).
    func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// The element's text as a browser's `textContent` would give it (raw, not collapsed).
    func textContent(of root: Int) -> String {
        if nodes[root].isText { return nodes[root].text }
        var out = ""
        for index in descendants(of: root) where nodes[index].isText { out += nodes[index].text }
        return out
    }
}

/// One node of an ``HTMLTree``: an element (lower-case name, attributes, children) or a text node.
struct HTMLNode: Sendable {
    /// The element's lower-case tag name, or `"#text"` for a text node.
    var name: String
    /// The element's attributes as written (names lower case), in order.
    var attributes: [(name: String, value: String)] = []
    /// The indices of the children, in order.
    var children: [Int] = []
    /// The parent's index (-1 for the root).
    var parent: Int
    /// A text node's text (entities already decoded).
    var text: String = ""

    /// Whether this is a text node (kept, not compared: every walk of the tree asks).
    let isText: Bool

    /// Creates a node.
    init(name: String, attributes: [(name: String, value: String)] = [], parent: Int = -1, text: String = "") {
        self.name = name
        self.attributes = attributes
        self.parent = parent
        self.text = text
        isText = name == "#text"
    }

    /// The value of attribute `name`, if present. Only the attributes in
    /// ``readAttributes`` are kept when a page is parsed; asking for another is a
    /// mistake that debug builds (and so the tests) stop at.
    func attribute(_ name: String) -> String? {
        assert(HTMLNode.readAttributes.contains(name), "attribute \(name) is not in HTMLNode.readAttributes")
        return attributes.first { $0.name == name }?.value
    }

    /// The attributes anything reads. The rest of a page's attributes (`data-*`, `srcset`,
    /// an SVG path's `d`, ...) are about a third of a real page's bytes and are not copied.
    static let readAttributes: Set<String> = [
        "alt", "aria-hidden", "class", "content", "datatable", "datetime", "height", "hidden", "href", "id",
        "itemprop", "name", "property", "rel", "role", "start", "style", "summary", "title", "type", "value", "width",
    ]
}
