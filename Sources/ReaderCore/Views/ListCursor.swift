/// Moving the selection of a list view: one rule for the highlight, bookmark, link and heading lists.
enum ListCursor {
    /// The selection after `operation` in a list of `count` entries, or `nil` when it is not a move.
    static func moved(_ operation: Operation, from selected: Int, count: Int) -> Int? {
        let last = max(0, count - 1)
        switch operation {
        case .nextEntry: return min(selected + 1, last)
        case .previousEntry: return max(0, selected - 1)
        case .firstEntry: return 0
        case .lastEntry: return last
        default: return nil
        }
    }
}
