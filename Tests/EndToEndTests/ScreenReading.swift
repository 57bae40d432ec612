import Foundation

/// Reads the parts of a captured reader screen: the outline column and the text beside it.
enum ScreenReading {
    /// The outline's entries (left of the "│" column), continuation lines joined.
    static func outlineEntries(_ rows: [String]) -> [String] {
        var entries: [String] = []
        for row in rows.dropFirst() {
            guard let bar = row.firstIndex(of: "│") else { continue }
            let cell = row[..<bar]
            let text = cell.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            // A new entry starts in the gutter (a number, or the dot of the lead and closing panes);
            // continuation lines are indented past the gutter.
            let indent = cell.prefix { $0 == " " }.count
            if indent >= 3, !entries.isEmpty, text.first?.isNumber == false, text.first != "·" {
                entries[entries.count - 1] += " " + text
            } else {
                entries.append(text)
            }
        }
        return entries
    }

    /// The text right of the outline column, one entry per row, trimmed.
    static func textColumn(_ rows: [String]) -> [String] {
        rows.dropFirst().dropLast().map { row in
            guard let bar = row.firstIndex(of: "│") else { return row.trimmingCharacters(in: .whitespaces) }
            return row[row.index(after: bar)...].trimmingCharacters(in: .whitespaces)
        }
    }
}

