import ArticleKit
import Foundation

/// Renders highlight groups as plain text, Markdown or JSON.
///
/// Text and Markdown pass every string from an article or a note through
/// ``DisplaySanitizer/clean(_:)``, so no control character reaches the
/// terminal. JSON keeps the strings exact (escaped by the JSON encoder).
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
                let quote = clean(entry.annotation.anchor.exact).replacingOccurrences(of: "\n", with: "\n     ")
                out += "  \(number + 1).\(status) \(clean(entry.section)): \u{201C}\(quote)\u{201D}\n"
                if let note = entry.annotation.note {
                    out += "     Note: " + clean(note).replacingOccurrences(of: "\n", with: "\n           ") + "\n"
                }
            }
        }
        return out
    }

    private static func markdown(_ groups: [HighlightGroup]) -> String {
        var out = ""
        for (index, group) in groups.enumerated() {
            if index > 0 { out += "\n" }
            out += "# \(title(group).replacingOccurrences(of: "\n", with: " "))\n"
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
        out += "\n*\(clean(entry.section).replacingOccurrences(of: "\n", with: " "))*\n"
        if let note = entry.annotation.note {
            out += "\n" + clean(note) + "\n"
        }
        return out
    }

    private static func json(_ groups: [HighlightGroup]) -> String {
        var items: [[String: Any]] = []
        for group in groups {
            for entry in group.entries {
                let a = entry.annotation
                var item: [String: Any] = [
                    "id": a.id,
                    "article": [
                        "path": group.article.path,
                        "title": group.article.title ?? NSNull(),
                        "fingerprint": group.article.fingerprint,
                    ] as [String: Any],
                    "section": entry.section,
                    "quote": a.anchor.exact,
                    "note": a.note ?? NSNull(),
                    "created": a.created,
                    "updated": a.updated,
                    "status": entry.resolved?.method.rawValue ?? "unchecked",
                ]
                if let range = entry.resolved?.range {
                    item["position"] = ["section": range.section, "start": range.start, "end": range.end]
                }
                items.append(item)
            }
        }
        guard let data = try? JSONSerialization.data(
            withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        ) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
