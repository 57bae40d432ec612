/// Whether an element is hidden from a reader of the page.
enum HiddenElements {
    /// True for `hidden`, `aria-hidden="true"`, and inline `display: none` or `visibility: hidden`.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" {
            // Wikimedia marks fallback images aria-hidden; they still show.
            return !(node.attribute("class") ?? "").contains("fallback-image")
        }
        guard let style = node.attribute("style") else { return false }
        let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
