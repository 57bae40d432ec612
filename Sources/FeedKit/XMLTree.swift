import CLibXML2

/// An XML element read by libxml2: local name, namespace, attributes, text and children.
public final class XMLElement: @unchecked Sendable {
    public let name: String
    public let namespace: String?
    public var attributes: [(name: String, namespace: String?, value: String)] = []
    public var children: [XMLElement] = []
    /// The element's own text and CDATA, in order (not its children's).
    public var text = ""
    /// The xml:base in effect here, resolved against the outer ones.
    public var base: String?

    init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }

    /// The first child called `name` (in `namespace`, when given).
    public func child(_ name: String, in namespace: String? = nil) -> XMLElement? {
        children.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every child called `name` (in `namespace`, when given).
    public func all(_ name: String, in namespace: String? = nil) -> [XMLElement] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The attribute called `name` without a namespace.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// The text of this element and all below it, in document order (for HTML kept as elements).
    public var allText: String {
        children.reduce(text) { $0 + $1.allText }
    }
}

/// Reads XML into ``XMLElement``s with libxml2's reader, safely: no network, no DTD
/// loading, no entity substitution (so no external entities and no billion laughs).
public enum XMLTree {
    /// The XML namespace (for xml:base).
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The root element of `bytes`, or `nil` when they are not XML. Encodings come from the
    /// prolog (libxml2 converts with iconv); `url` is the base for xml:base.
    public static func parse(_ bytes: [UInt8], url: String? = nil) -> XMLElement? {
        read(bytes, url: url).root
    }

    /// The root element of `bytes` and whether the document was whole: every
    /// element closed and no error that made libxml2 stop (a truncated or
    /// broken document still yields what could be read, with `complete` false).
    public static func read(_ bytes: [UInt8], url: String? = nil) -> (root: XMLElement?, complete: Bool) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_COMPACT.rawValue)
        let reader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReaderForMemory($0, Int32(buffer.count), url, nil, options)
                }
            }
        }
        guard let reader else { return (nil, false) }
        defer { xmlFreeTextReader(reader) }
        var stack: [XMLElement] = []
        var root: XMLElement?
        var status: Int32 = 0
        while true {
            status = xmlTextReaderRead(reader)
            guard status == 1 else { break }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let element = XMLElement(name: string(xmlTextReaderConstLocalName(reader)) ?? "",
                                         namespace: string(xmlTextReaderConstNamespaceUri(reader)))
                element.base = stack.last?.base ?? url
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
                        let namespace = string(xmlTextReaderConstNamespaceUri(reader))
                        let value = string(xmlTextReaderConstValue(reader)) ?? ""
                        if name == "base", namespace == xmlNamespace {
                            element.base = URLReferenceBase.resolve(value, against: element.base)
                        } else if namespace != "http://www.w3.org/2000/xmlns/" {
                            element.attributes.append((name, namespace, value))
                        }
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
                if !empty { stack.append(element) }
                // Guard against absurd nesting: past 512 levels, deeper elements are read as text only.
                if stack.count > 512 { _ = stack.popLast() }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                _ = stack.popLast()
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                if let value = string(xmlTextReaderConstValue(reader)) { stack.last?.text += value }
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                // An entity left unsubstituted (declared in the document's DTD): kept as its name.
                if let name = string(xmlTextReaderConstName(reader)) { stack.last?.text += "&\(name);" }
            default:
                break
            }
        }
        return (root, status == 0 && stack.isEmpty && root != nil)
    }

    /// A libxml2 string as Swift text.
    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
