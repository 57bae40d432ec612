/// Finds an input's format from its content, its media type and its name, in that order of trust.
///
/// HTML is recognized by content whatever the name says (a `.txt` holding a
/// page is a page): the first tag-like text in the opening kilobytes is a
/// doctype, `<html`, `<head`, `<body` or a common block element. Markdown
/// needs a Markdown media type, a `.md`-style name, or YAML front matter; a
/// plain-text article with a `#` line stays plain text.
public enum FormatSniffer {
    /// The format of `bytes`, given an optional media type (`text/html; charset=…`) and file name.
    public static func format(of bytes: [UInt8], mediaType: String? = nil, name: String? = nil) -> DocumentFormat {
        let type = mediaType.map { String($0.split(separator: ";").first ?? "").lowercased().trimmingSpaces() } ?? ""
        if looksLikeHTML(bytes) { return .html }
        if type == "text/html" || type == "application/xhtml+xml" { return .html }
        if type == "text/markdown" || type == "text/x-markdown" { return .markdown }
        if let name = name?.lowercased(), [".md", ".markdown", ".mdown", ".mkd"].contains(where: name.hasSuffix) {
            return .markdown
        }
        if hasFrontMatter(bytes) { return .markdown }
        return .text
    }

    /// Whether the first markup in the opening 1024 bytes (after a BOM and white space) opens an HTML page.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = bytes[afterBOM(bytes)..<min(bytes.count, 1024)]
        // Most files open with a letter: no markup there, and no need to copy or decode
        // (only a `<`, or a non-ASCII byte that may be Unicode white space, goes on).
        if let first = head.first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }), first != UInt8(ascii: "<"), first < 0x80 {
            return false
        }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var rest = Substring(text)
        while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        // Comments and an XML declaration may come before the page.
        while rest.hasPrefix("<!--") || rest.hasPrefix("<?xml") {
            let close = rest.hasPrefix("<!--") ? "-->" : "?>"
            guard let end = rest.firstEnd(of: close) else { return false }
            rest = rest[end...]
            while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        }
        let openers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<article", "<p>", "<p ",
                       "<section", "<main", "<h1", "<h2", "<link", "<script", "<style", "<table", "<ul", "<header", "<nav"]
        return openers.contains { rest.hasPrefix($0) }
    }

    /// Whether the text opens with a YAML front matter block (`---` line, lines, `---` line).
    static func hasFrontMatter(_ bytes: [UInt8]) -> Bool {
        let head = bytes[afterBOM(bytes)..<min(bytes.count, 4096)]
        // Front matter opens with `---` at the very start: nothing else needs splitting into lines.
        let start = head.startIndex
        guard head.count >= 3, head[start] == 0x2D, head[start + 1] == 0x2D, head[start + 2] == 0x2D else { return false }
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSuffixCR() == "---", lines.count > 2 else { return false }
        for line in lines.dropFirst() {
            let trimmed = line.trimmingSuffixCR()
            if trimmed == "---" || trimmed == "..." { return true }
            if !trimmed.isEmpty, !trimmed.contains(":"), !trimmed.hasPrefix(" "), !trimmed.hasPrefix("-") { return false }
        }
        return false
    }
}

extension FormatSniffer {
    /// Where the text starts: after a UTF-8 byte order mark, if there is one.
    static func afterBOM(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}

extension Substring {
    /// The index just past the first occurrence of `needle`, or `nil`.
    func firstEnd(of needle: String) -> Index? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) { return index(start, offsetBy: needle.count) }
            start = index(after: start)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    /// (Index steps only: `dropLast()` on a generic slice measured the whole text each time.)
    func trimmingSpaces() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while start < end {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// The text without a final carriage return.
    func trimmingSuffixCR() -> Substring {
        let slice = Substring(self)
        return slice.hasSuffix("\r") ? slice.dropLast() : slice
    }
}
