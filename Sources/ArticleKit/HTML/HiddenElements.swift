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
        let compact = style.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
        return compact.withUnsafeBufferPointer { ASCIICase.contains($0, displayNone) || ASCIICase.contains($0, visibilityHidden) }
    }

    /// The style declarations that hide, as compared: any case, no spaces, tabs or newlines.
    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)
}
