import ArticleKit

/// Renders highlight groups as plain text, Markdown or JSON.
///
/// Text and Markdown pass every string from an article or a note through
/// ``DisplaySanitizer/clean(_:)``, so no control character reaches the
/// terminal. JSON keeps the strings exact (escaped by ``PrettyJSON``).
public enum HighlightFormat: String, Sendable, CaseIterable {
    case text, markdown, json

    /// The rendered groups, ending in a newline (empty output when there are none).
    public func render(_ groups: [HighlightGroup]) -> String {
        switch self {
        case .text: Self.text(groups)
        case .markdown: Self.markdown(groups)
        case .json: Self.json(groups)
        }
    }

    private static func clean(_ text: String) -> String { DisplaySanitizer.clean(text) }

    private static func title(_ group: HighlightGroup) -> String {
        clean(group.article.title ?? group.article.path)
    }

    private static func text(_ groups: [HighlightGroup]) -> String {
        var out = ""
        for (index, group) in groups.enumerated() {
            if index > 0 { out += "\n" }
            out += "\(title(group))  (\(clean(group.article.path)))\n"
            if !group.wasChecked { out += "  (article not found at this path: highlights not checked)\n" }
            for (number, entry) in group.entries.enumerated() {
                let status = entry.isOrphaned ? " [orphaned]" : ""
                let quote = clean(entry.annotation.anchor.exact).replacingNewlines(with: "\n     ")
                out += "  \(number + 1).\(status) \(clean(entry.section)): \u{201C}\(quote)\u{201D}\n"
                if let note = entry.annotation.note {
                    out += "     Note: " + clean(note).replacingNewlines(with: "\n           ") + "\n"
                }
            }
        }
        return out
    }

    private static func markdown(_ groups: [HighlightGroup]) -> String {
        var out = ""
        for (index, group) in groups.enumerated() {
            if index > 0 { out += "\n" }
            out += "# \(title(group).replacingNewlines(with: " "))\n"
            if !group.wasChecked { out += "\n*Article not found at \(clean(group.article.path)): highlights not checked.*\n" }
            let found = group.entries.filter { !$0.isOrphaned }
            let orphaned = group.entries.filter(\.isOrphaned)
            for entry in found { out += block(entry) }
            if !orphaned.isEmpty {
                out += "\n## Orphaned highlights\n"
                for entry in orphaned { out += block(entry) }
            }
        }
        return out
    }

    private static func block(_ entry: HighlightGroup.Entry) -> String {
        var out = "\n"
        for line in clean(entry.annotation.anchor.exact).split(separator: "\n", omittingEmptySubsequences: false) {
            out += line.isEmpty ? ">\n" : "> \(line)\n"
        }
        out += "\n*\(clean(entry.section).replacingNewlines(with: " "))*\n"
        if let note = entry.annotation.note {
            out += "\n" + clean(note) + "\n"
        }
        return out
    }

    private static func json(_ groups: [HighlightGroup]) -> String {
        var items: [PrettyJSON.Value] = []
        for group in groups {
            for entry in group.entries {
                let a = entry.annotation
                // Keys in sorted order, as JSONSerialization's .sortedKeys wrote them.
                var item: [(String, PrettyJSON.Value)] = [
                    ("article", .object([
                        ("fingerprint", .string(group.article.fingerprint)),
                        ("path", .string(group.article.path)),
                        ("title", group.article.title.map(PrettyJSON.Value.string) ?? .null),
                    ])),
                    ("created", .string(a.created)),
                    ("id", .string(a.id)),
                    ("note", a.note.map(PrettyJSON.Value.string) ?? .null),
                ]
                if let range = entry.resolved?.range {
                    item.append(("position", .object([
                        ("end", .int(range.end)), ("section", .int(range.section)), ("start", .int(range.start)),
                    ])))
                }
                item += [
                    ("quote", .string(a.anchor.exact)),
                    ("section", .string(entry.section)),
                    ("status", .string(entry.resolved?.method.rawValue ?? "unchecked")),
                    ("updated", .string(a.updated)),
                ]
                items.append(.object(item))
            }
        }
        return PrettyJSON.text(.array(items)) + "\n"
    }
}

extension String {
    /// The string with every line feed (U+000A, also inside CR LF) replaced by `replacement`.
    func replacingNewlines(with replacement: String) -> String {
        guard unicodeScalars.contains("\n") else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
