/// How one line of the feeds file is split into words and written back.
///
/// Words are separated by spaces or tabs. A word in double quotes may hold
/// spaces; inside it `\"` is a quote and `\\` a backslash. The first quoted
/// word after the URL is the title, every other word a tag.
enum FeedsLineSyntax {
    /// One word of a line and whether it was quoted.
    struct Word: Equatable {
        var text: String
        var quoted: Bool
    }

    /// The words of `line`, or a one-line reason when a quote is not closed.
    static func words(_ line: Substring) -> Result<[Word], FeedsFileProblem.Reason> {
        var words: [Word] = []
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == " " || character == "\t" {
                index = line.index(after: index)
                continue
            }
            if character == "\"" {
                var text = ""
                var cursor = line.index(after: index)
                var closed = false
                while cursor < line.endIndex {
                    let next = line[cursor]
                    if next == "\\", line.index(after: cursor) < line.endIndex {
                        cursor = line.index(after: cursor)
                        text.append(line[cursor])
                    } else if next == "\"" {
                        closed = true
                        break
                    } else {
                        text.append(next)
                    }
                    cursor = line.index(after: cursor)
                }
                guard closed else { return .failure(.unclosedQuote) }
                words.append(Word(text: text, quoted: true))
                index = line.index(after: cursor)
            } else {
                var end = index
                while end < line.endIndex, line[end] != " ", line[end] != "\t" { end = line.index(after: end) }
                words.append(Word(text: String(line[index..<end]), quoted: false))
                index = end
            }
        }
        return .success(words)
    }

    /// `text` in double quotes with `"` and `\` escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// Whether `tag` can be written without quotes.
    static func isBare(_ tag: String) -> Bool {
        !tag.isEmpty && !tag.contains { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }
    }

    /// The line for `subscription`: URL, quoted title, tags.
    ///
    /// A tag that needs quotes after no title gets an empty title `""` first,
    /// so it is not read back as the title.
    static func line(for subscription: Subscription) -> String {
        var parts = [subscription.url]
        let needsQuotedTag = subscription.tags.contains { !isBare($0) }
        if let title = subscription.title {
            parts.append(quoted(title))
        } else if needsQuotedTag {
            parts.append("\"\"")
        }
        for tag in subscription.tags { parts.append(isBare(tag) ? tag : quoted(tag)) }
        return parts.joined(separator: " ")
    }
}
