/// Prints a parsed article as a readable outline or as JSON, for `--dump` and tests.
///
/// Every string from the article passes through ``DisplaySanitizer`` first, so
/// neither output can carry a control character from the article.
public enum ArticleDump {
    /// A readable outline: title, lead, each heading with its paragraphs, sources, author note.
    public static func text(_ article: Article, displayTitle: String) -> String {
        var out: [String] = []
        out.append("# " + DisplaySanitizer.clean(article.title ?? displayTitle))
        if let byline = article.byline { out.append(DisplaySanitizer.clean(byline)) }
        if let dateline = article.dateline { out.append(DisplaySanitizer.clean(dateline)) }
        for section in article.sections {
            out.append("")
            out.append("## " + (section.heading.map(DisplaySanitizer.clean) ?? "Lead"))
            for paragraph in section.paragraphs {
                out.append("")
                out.append(DisplaySanitizer.clean(paragraph))
            }
        }
        if !article.sources.isEmpty {
            out.append("")
            out.append("## Sources")
            out += article.sources.map { "- " + DisplaySanitizer.clean($0) }
        }
        if !article.authorNote.isEmpty {
            out.append("")
            out.append("## About the author")
            for paragraph in article.authorNote {
                out.append("")
                out.append(DisplaySanitizer.clean(paragraph))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The article as JSON:
    /// `{"title": string|null, "byline": string|null, "dateline": string|null,
    /// "sections": [{"heading": string|null, "paragraphs": [string]}],
    /// "sources": [string], "authorNote": [string]}`.
    public static func json(_ article: Article) -> String {
        let clean = DisplaySanitizer.clean
        var size = 256
        for section in article.sections {
            size += 64 + (section.heading?.utf8.count ?? 0)
            for paragraph in section.paragraphs { size += paragraph.utf8.count + 4 }
        }
        var out = JSONWriter(capacity: size + size / 16)
        out.raw("{\n  \"title\": ")
        out.optionalString(article.title.map(clean))
        out.raw(",\n  \"byline\": ")
        out.optionalString(article.byline.map(clean))
        out.raw(",\n  \"dateline\": ")
        out.optionalString(article.dateline.map(clean))
        out.raw(",\n  \"sections\": [\n")
        for (index, section) in article.sections.enumerated() {
            if index > 0 { out.raw(",\n") }
            out.raw("    {\"heading\": ")
            out.optionalString(section.heading.map(clean))
            out.raw(", \"paragraphs\": ")
            out.stringArray(section.paragraphs.map(clean))
            out.raw("}")
        }
        out.raw("\n  ],\n  \"sources\": ")
        out.stringArray(article.sources.map(clean))
        out.raw(",\n  \"authorNote\": ")
        out.stringArray(article.authorNote.map(clean))
        out.raw("\n}\n")
        return out.text()
    }
}
