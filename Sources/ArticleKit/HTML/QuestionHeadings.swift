/// The question rules for headings in pages: a heading that asks, and a
/// paragraph that is only a bold question (a section heading in disguise).
enum QuestionHeadings {
    /// Whether the text ends with a question mark (ASCII or full width), closing quotes aside.
    static func endsWithQuestionMark(_ text: String) -> Bool {
        let trimmed = text.unicodeScalars.reversed().drop { WhiteSpace.contains($0.value) || "\"'”’»)".unicodeScalars.contains($0) }
        return trimmed.first == "?" || trimmed.first == "\u{FF1F}"
    }

    /// Whether a paragraph is one strong run ending in "?", short enough to be a heading.
    static func isBoldQuestion(_ text: String, spans: [InlineSpan]) -> Bool {
        let count = text.unicodeScalars.count
        guard count <= 160, endsWithQuestionMark(text) else { return false }
        return spans.contains { $0.style == .strong && $0.start == 0 && $0.end >= count }
    }
}
