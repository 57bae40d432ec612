/// Whether an element is hidden from a reader of the page.
enum HiddenElements {
    /// True for `hidden`, `aria-hidden="true"`, and inline `display: none` or `visibility: hidden`
    /// (the style compared byte by byte with ASCII letters made small: this runs for every element).
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" {
            // Wikimedia marks fallback images aria-hidden; they still show.
            return !(node.attribute("class") ?? "").contains("fallback-image")
        }
        guard let style = node.attribute("style") else { return false }
        let compact = style.utf8.compactMap { byte -> UInt8? in
            byte == 0x20 || byte == 0x09 || byte == 0x0A ? nil : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, displayNone) || contains(compact, visibilityHidden)
    }

    /// The style declarations that hide, as compared: lower case, no spaces, tabs or newlines.
    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
