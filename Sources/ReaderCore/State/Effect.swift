/// Work that `update` asks the executable to do; the model itself has no side effects.
///
/// Offsets are Unicode-scalar offsets in a section body (see `SectionBodies`).
/// After performing a store effect the executable hands the results back as
/// events (``ReaderEvent/annotationsChanged(highlights:bookmarks:)``, ``ReaderEvent/highlightSaved(id:openNote:)``).
public enum Effect: Equatable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Keep `start..<end` of section body `section` as a highlight; with
    /// `openNote`, the note editor opens on it once it is saved.
    case saveHighlight(section: Int, start: Int, end: Int, openNote: Bool = false)
    /// Replace the note of highlight `id` (`nil` removes it).
    case saveNote(id: String, note: String?)
    /// Delete highlight or bookmark `id`.
    case delete(id: String)
    /// Undo the delete of `id`.
    case undelete(id: String)
    /// Bookmark the paragraph starting at `offset` of section body `section`.
    case saveBookmark(section: Int, offset: Int)
    /// Open `url` in the user's browser (already checked by ``LinkPolicy``).
    case openURL(String)
    /// Fetch `url` and read it in Folio, over this article (``back`` returns).
    case readURL(String)
    /// Put `text` on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Leave this article for the one its link was followed from.
    case back
    /// Remember the reading position.
    case savePosition(section: Int, offset: Int)
}
