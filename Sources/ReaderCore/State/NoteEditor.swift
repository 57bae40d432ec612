/// The one-line note editor: the text being typed and the caret.
public struct NoteEditor: LineEditing, Equatable, Sendable {
    /// The highlight whose note is edited.
    public var target: String
    /// The text so far.
    public var text: [Character]
    /// The caret, as an index into `text`.
    public var caret: Int

    /// Opens the editor on `note` with the caret at the end.
    public init(target: String, note: String?) {
        self.target = target
        self.text = Array(note ?? "")
        self.caret = text.count
    }

    /// `text` without spaces and tabs at either end (Unicode space separators and
    /// U+0009, the set Foundation calls `whitespaces`; line breaks are kept).
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
