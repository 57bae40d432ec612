/// Tells a table of data (rows and cells to show as rows) from a table used for page layout.
enum TableShape {
    /// Whether the table at `index` holds data: a caption, header cells or a
    /// summary say so; a presentation role, a nested table, or cells holding
    /// long runs of block text say layout.
    static func isDataTable(_ tree: HTMLTree, _ index: Int) -> Bool {
        let node = tree.nodes[index]
        if let role = node.attribute("role")?.lowercased(), role == "presentation" || role == "none" { return false }
        if node.attribute("datatable") == "0" { return false }
        let inside = tree.descendants(of: index)
        if inside.contains(where: { tree.nodes[$0].name == "table" }) { return false }
        if node.attribute("summary") != nil { return true }
        if inside.contains(where: { ["caption", "thead", "tfoot", "th", "col", "colgroup"].contains(tree.nodes[$0].name) }) { return true }
        let rows = inside.filter { tree.nodes[$0].name == "tr" }.count
        let blocks = inside.filter { ["p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote", "pre"].contains(tree.nodes[$0].name) }.count
        if rows <= 1 { return false }
        return blocks < rows
    }

    /// The rows of a data table, skipping rows of tables nested inside it.
    static func rows(_ tree: HTMLTree, _ index: Int) -> [Int] {
        var rows: [Int] = []
        var stack: [Int] = tree.nodes[index].children.reversed()
        while let current = stack.popLast() {
            let name = tree.nodes[current].name
            if name == "tr" { rows.append(current); continue }
            if name == "table" { continue }
            stack.append(contentsOf: tree.nodes[current].children.reversed())
        }
        return rows
    }
}
