import CGumbo

/// Parses HTML with gumbo and copies gumbo's tree into an ``HTMLTree``, then frees gumbo's output.
///
/// The copy walks gumbo's tree with an explicit stack, drops comments, and
/// unwraps elements nested deeper than ``HTMLTree/maxDepth``. Gumbo frees its
/// own tree recursively, so a pathologically deep page is first cut down with
/// ``DepthLimiter`` before gumbo sees it.
enum GumboTreeBuilder {
    /// The tree of `utf8` (which must be UTF-8; gumbo replaces invalid bytes with U+FFFD).
    static func parse(_ utf8: [UInt8]) -> HTMLTree {
        let input = DepthLimiter.limited(utf8)
        var options = kGumboDefaultOptions
        options.max_errors = 0
        return input.withUnsafeBufferPointer { buffer -> HTMLTree in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return HTMLTree() }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let output = gumbo_parse_with_options(&options, raw, buffer.count) else { return HTMLTree() }
            defer { gumbo_destroy_output(&options, output) }
            return copy(output.pointee.document)
        }
    }

    /// Copies gumbo's document node and everything under it.
    static func copy(_ document: UnsafeMutablePointer<GumboNode>) -> HTMLTree {
        var tree = HTMLTree()
        // (gumbo node, parent index in our tree, depth of that parent)
        var stack: [(UnsafeMutablePointer<GumboNode>, Int, Int)] = []
        pushChildren(of: document, parent: 0, depth: 0, onto: &stack)
        while let (node, parent, depth) = stack.popLast() {
            switch node.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                let text = node.pointee.v.text.text.map { String(cString: $0) } ?? ""
                tree.append(HTMLNode(name: "#text", text: text), under: parent)
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = node.pointee.v.element
                if depth >= HTMLTree.maxDepth {
                    pushChildren(of: node, parent: parent, depth: depth, onto: &stack)
                    continue
                }
                let index = tree.append(HTMLNode(name: tagName(element), attributes: attributes(element)), under: parent)
                pushChildren(of: node, parent: index, depth: depth + 1, onto: &stack)
            default:
                continue  // comments and the document node
            }
        }
        return tree
    }

    /// Pushes `node`'s children in reverse, so they pop in document order.
    static func pushChildren(of node: UnsafeMutablePointer<GumboNode>, parent: Int, depth: Int,
                             onto stack: inout [(UnsafeMutablePointer<GumboNode>, Int, Int)]) {
        let vector = node.pointee.type == GUMBO_NODE_DOCUMENT ? node.pointee.v.document.children : node.pointee.v.element.children
        guard vector.length > 0, let data = vector.data else { return }
        var index = Int(vector.length) - 1
        while index >= 0 {
            if let child = data[index] { stack.append((child.assumingMemoryBound(to: GumboNode.self), parent, depth)) }
            index -= 1
        }
    }

    /// The element's lower-case tag name (an unknown tag's name as written, lower-cased).
    static func tagName(_ element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
            return String(cString: name)
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "unknown" }
        let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// The element's attributes.
    static func attributes(_ element: GumboElement) -> [(name: String, value: String)] {
        let vector = element.attributes
        guard vector.length > 0, let data = vector.data else { return [] }
        var out: [(name: String, value: String)] = []
        out.reserveCapacity(Int(vector.length))
        for index in 0..<Int(vector.length) {
            guard let raw = data[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            let name = attribute.name.map { String(cString: $0) } ?? ""
            let value = attribute.value.map { String(cString: $0) } ?? ""
            out.append((name.lowercased(), value))
        }
        return out
    }
}
