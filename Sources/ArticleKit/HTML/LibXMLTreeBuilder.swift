import CLibXML2

/// Parses HTML with libxml2's HTML parser straight into an ``HTMLTree``, through its SAX callbacks.
///
/// libxml2 decides the structure (which tags close which, implied `html`,
/// `head`, `body` and `p`), and calls back for each element's start and end
/// and each run of text; the callbacks build the tree libxml2's own tree
/// builder would build, without building (and then freeing) libxml2's copy:
/// adjacent text runs join into one text node, as libxml2 joins them, but not
/// across a comment or a script's raw text; text outside any element is
/// dropped, as libxml2 drops it. Comments are not kept. Elements nested
/// deeper than ``HTMLTree/maxDepth`` are unwrapped (their children hang on
/// the deepest kept ancestor). Only the attributes in
/// ``HTMLNode/readAttributes`` are kept.
///
/// The parser runs with no network, no DTD loading, no entity substitution
/// beyond HTML's own, and the page's own charset declarations ignored (the
/// bytes are UTF-8 by then). `XML_PARSE_HUGE` lifts libxml2's limits of 256
/// open elements (past which it stops reading the page) and 10 MB per text
/// node; ``DepthLimiter`` cuts nesting past 400 before libxml2 sees the bytes.
/// ``InertContent`` empties scripts, styles and drawings before libxml2 reads
/// the bytes.
enum LibXMLTreeBuilder {
    /// The tree of `utf8` (which must be UTF-8).
    static func parse(_ utf8: [UInt8]) -> HTMLTree {
        let input = DepthLimiter.limited(InertContent.emptied(utf8))
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        let sink = TreeSink()
        input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let context = htmlCreateMemoryParserCtxt(raw, Int32(buffer.count)) else { return }
            defer { htmlFreeParserCtxt(context) }
            if let sax = context.pointee.sax { install(on: sax) }
            context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            htmlCtxtUseOptions(context, options)
            htmlParseDocument(context)
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }  // never built: no startDocument
        }
        return withExtendedLifetime(sink) { sink.tree }
    }

    /// Points the parser's callbacks at the sink's (and leaves libxml2's document building out).
    static func install(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.internalSubset = nil
        sax.pointee.externalSubset = nil
        sax.pointee.reference = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.ignorableWhitespace = nil
        sax.pointee.startElement = { context, name, attributes in
            LibXMLTreeBuilder.sink(context)?.start(name, attributes)
        }
        sax.pointee.endElement = { context, _ in
            LibXMLTreeBuilder.sink(context)?.end()
        }
        sax.pointee.characters = { context, bytes, length in
            LibXMLTreeBuilder.sink(context)?.text(bytes, length)
        }
        sax.pointee.cdataBlock = { context, bytes, length in
            LibXMLTreeBuilder.sink(context)?.rawText(bytes, length)
        }
        sax.pointee.comment = { context, _ in
            LibXMLTreeBuilder.sink(context)?.comment()
        }
    }

    /// The sink of a callback's parser context.
    static func sink(_ context: UnsafeMutableRawPointer?) -> TreeSink? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let sink = parser.pointee._private else { return nil }
        return Unmanaged<TreeSink>.fromOpaque(sink).takeUnretainedValue()
    }

    /// The tree being built and where the parser is in it.
    final class TreeSink {
        /// The tree so far.
        var tree = HTMLTree()
        /// For each open element: the node new children go under, and that node's element depth.
        var open: [(parent: Int, depth: Int)] = [(0, 0)]
        /// Whether the current parent's last child is a text node the next text run extends.
        var textOpen = false

        /// An element starts.
        func start(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            textOpen = false
            let (parent, depth) = open[open.count - 1]
            if depth >= HTMLTree.maxDepth {
                open.append((parent, depth))
                return
            }
            let index = tree.append(HTMLNode(name: elementName(name), attributes: kept(attributes)), under: parent)
            open.append((index, depth + 1))
        }

        /// The open element ends.
        func end() {
            textOpen = false
            if open.count > 1 { open.removeLast() }
        }

        /// A run of text (entities decoded).
        func text(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32) {
            let parent = open[open.count - 1].parent
            guard parent != 0, let bytes, length > 0 else { return }
            let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
            if textOpen, let last = tree.nodes[parent].children.last {
                tree.nodes[last].text += text
            } else {
                tree.append(HTMLNode(name: "#text", text: text), under: parent)
                textOpen = true
            }
        }

        /// A script's or style's raw text: a text node of its own.
        func rawText(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32) {
            let parent = open[open.count - 1].parent
            guard parent != 0, let bytes, length > 0 else { return }
            let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
            tree.append(HTMLNode(name: "#text", text: text), under: parent)
            textOpen = false
        }

        /// A comment: not kept, but text on either side of it stays apart.
        func comment() {
            textOpen = false
        }

        /// The element's name as a string (libxml2 has folded it to lower case).
        func elementName(_ name: UnsafePointer<xmlChar>?) -> String {
            name.map { String(cString: $0) } ?? "unknown"
        }

        /// The attributes that are ever read, from libxml2's name, value, name, value, ... list.
        func kept(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
            guard let list else { return [] }
            var out: [(name: String, value: String)] = []
            var index = 0
            while let name = list[index] {
                defer { index += 2 }
                guard LibXMLTreeBuilder.isRead(name) else { continue }
                out.append((String(cString: name), list[index + 1].map { String(cString: $0) } ?? ""))
            }
            return out
        }
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
