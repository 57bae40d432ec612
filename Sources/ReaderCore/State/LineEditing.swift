/// A one-line text field with a caret: the note editor and the search prompt.
public protocol LineEditing {
    /// The text so far.
    var text: [Character] { get set }
    /// The caret, as an index into `text`.
    var caret: Int { get set }
}

extension LineEditing {
    /// Applies a text-field operation (typing, deleting, moving the caret);
    /// false for operations that are not about the text.
    mutating func edit(_ operation: Operation, key: Key) -> Bool {
        switch operation {
        case .insert:
            guard case .char(let character) = key else { return true }
            text.insert(character, at: caret)
            caret += 1
        case .deleteBackward:
            guard caret > 0 else { return true }
            text.remove(at: caret - 1)
            caret -= 1
        case .caretLeft: caret = max(0, caret - 1)
        case .caretRight: caret = min(text.count, caret + 1)
        case .caretStart: caret = 0
        case .caretEnd: caret = text.count
        default: return false
        }
        return true
    }
}
