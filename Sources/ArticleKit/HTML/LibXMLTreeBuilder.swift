import CLibXML2

/// Parses HTML with libxml2's HTML parser and copies its tree into an ``HTMLTree``, then frees libxml2's.
///
/// The parser runs with no network, no DTD loading, no entity substitution
/// beyond HTML's own, and the page's own charset declarations ignored (the
/// bytes are UTF-8 by then). `XML_PARSE_HUGE` lifts libxml2's limits of 256
/// open elements (past which it stops reading the page) and 10 MB per text
/// node; ``DepthLimiter`` keeps nesting far below its relaxed limit. The copy walks libxml2's tree with an explicit
/// stack, drops comments, and unwraps elements nested deeper than
/// ``HTMLTree/maxDepth``.
enum LibXMLTreeBuilder {
    /// The tree of `utf8` (which must be UTF-8).
    static func parse(_ utf8: [UInt8]) -> HTMLTree {
        let input = DepthLimiter.limited(InertContent.emptied(utf8))
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        return input.withUnsafeBufferPointer { buffer -> HTMLTree in
            guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return HTMLTree() }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let document = htmlReadMemory(raw, Int32(buffer.count), nil, "UTF-8", options) else { return HTMLTree() }
            defer { xmlFreeDoc(document) }
            return copy(document)
        }
    }

    /// Copies the document's nodes.
    static func copy(_ document: htmlDocPtr) -> HTMLTree {
        var tree = HTMLTree()
        // (libxml2 node, parent index in our tree, depth of that parent)
        var stack: [(xmlNodePtr, Int, Int)] = []
        pushChildren(of: document.pointee.children, parent: 0, depth: 0, onto: &stack)
        while let (node, parent, depth) = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                tree.append(HTMLNode(name: "#text", text: text), under: parent)
            case XML_ELEMENT_NODE:
                if depth >= HTMLTree.maxDepth {
                    pushChildren(of: node.pointee.children, parent: parent, depth: depth, onto: &stack)
                    continue
                }
                let name = node.pointee.name.map { String(cString: $0) } ?? "unknown"
                let index = tree.append(HTMLNode(name: name, attributes: attributes(node)), under: parent)
                pushChildren(of: node.pointee.children, parent: index, depth: depth + 1, onto: &stack)
            default:
                continue  // comments, the doctype, processing instructions
            }
        }
        return tree
    }

    /// Pushes the sibling list starting at `first` in reverse, so they pop in document order.
    static func pushChildren(of first: xmlNodePtr?, parent: Int, depth: Int, onto stack: inout [(xmlNodePtr, Int, Int)]) {
        let mark = stack.count
        var child = first
        while let node = child {
            stack.append((node, parent, depth))
            child = node.pointee.next
        }
        stack[mark...].reverse()
    }

    /// The element's attributes that are ever read (``HTMLNode/readAttributes``).
    static func attributes(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var property = node.pointee.properties
        while let attribute = property {
            defer { property = attribute.pointee.next }
            guard let cName = attribute.pointee.name, isRead(cName) else { continue }
            let name = String(cString: cName)
            var value = ""
            var piece = attribute.pointee.children
            while let text = piece {
                if let content = text.pointee.content { value += String(cString: content) }
                piece = text.pointee.next
            }
            out.append((name, value))
        }
        return out
    }

    /// ``HTMLNode/readAttributes`` as bytes, by length.
    static let readNames: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 16)
        for name in HTMLNode.readAttributes { table[name.utf8.count].append(Array(name.utf8)) }
        return table
    }()

    /// Whether an attribute name (lower case: libxml2's HTML parser folds it) is one that is read.
    static func isRead(_ name: UnsafePointer<xmlChar>) -> Bool {
        var length = 0
        while name[length] != 0 {
            length += 1
            if length >= readNames.count { return false }
        }
        return readNames[length].contains { known in
            for offset in 0..<length where known[offset] != name[offset] { return false }
            return true
        }
    }
}
