/// YAML front matter at the top of a Markdown file: the title, author and date,
/// read without a YAML library.
///
/// The block is a first line of `---`, then `key: value` lines (comments,
/// blank lines, indented and `- ` list lines are allowed and skipped), then a
/// line of `---` or `...`. Only simple scalar values are read, plain or quoted
/// ('single' with '' for a quote, "double" with backslash escapes); an
/// unquoted value ends at " #". Anything else (a line that is not a key, no
/// closing line) means the text has no front matter and is left whole.
struct FrontMatter: Equatable {
    /// The `title` value.
    var title: String?
    /// The `author` value.
    var author: String?
    /// The `date` value, as written.
    var date: String?

    /// Splits `text` (already decoded, `\n` line ends) into its front matter and
    /// the Markdown after it; no front matter gives `nil` and the whole text.
    static func split(_ text: String) -> (frontMatter: FrontMatter?, body: Substring) {
        let whole = Substring(text)
        guard let firstEnd = whole.firstIndex(of: "\n"), whole[..<firstEnd].trimmingTrailingSpaces() == "---" else {
            return (nil, whole)
        }
        var matter = FrontMatter()
        var lineStart = whole.index(after: firstEnd)
        while lineStart < whole.endIndex {
            let lineEnd = whole[lineStart...].firstIndex(of: "\n") ?? whole.endIndex
            let line = whole[lineStart..<lineEnd]
            let next = lineEnd < whole.endIndex ? whole.index(after: lineEnd) : lineEnd
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." { return (matter, whole[next...]) }
            guard matter.read(line) else { return (nil, whole) }
            lineStart = next
        }
        return (nil, whole)
    }

    /// Reads one line between the fences; `false` when it cannot be front matter.
    private mutating func read(_ line: Substring) -> Bool {
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return true }
        if line.hasPrefix(" ") || line.hasPrefix("\t") || line.hasPrefix("#") || line.hasPrefix("- ") || line == "-" {
            return true
        }
        guard let colon = line.firstIndex(of: ":") else { return false }
        let key = line[..<colon].trimmingSpaces().lowercased()
        guard !key.isEmpty, !key.contains(" ") else { return false }
        let value = Self.scalar(line[line.index(after: colon)...])
        switch key {
        case "title": title = value
        case "author": author = value
        case "date": date = value
        default: break
        }
        return true
    }

    /// The scalar a value holds, unquoted; `nil` when it is empty.
    static func scalar(_ raw: Substring) -> String? {
        let value = Substring(raw.trimmingSpaces())
        guard let first = value.first else { return nil }
        var out = ""
        if first == "\"" || first == "'" {
            var index = value.index(after: value.startIndex)
            while index < value.endIndex {
                let character = value[index]
                let next = value.index(after: index)
                if character == first {
                    // '' inside single quotes is one quote; otherwise the quote closes.
                    if first == "'", next < value.endIndex, value[next] == "'" {
                        out.append("'")
                        index = value.index(after: next)
                        continue
                    }
                    break
                }
                if first == "\"", character == "\\", next < value.endIndex {
                    switch value[next] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(value[next])
                    }
                    index = value.index(after: next)
                    continue
                }
                out.append(character)
                index = next
            }
        } else {
            var plain = value
            if let comment = plain.firstRange(of: " #") { plain = plain[..<comment.lowerBound] }
            out = plain.trimmingSpaces()
        }
        return out.isEmpty ? nil : out
    }
}

extension Substring {
    /// The text without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> Substring {
        var slice = self
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
