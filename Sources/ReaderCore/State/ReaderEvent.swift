import HighlightStore

/// Something that happens to the reader: a key, a new size, or the result of an effect.
///
/// Effects are performed outside the model; what they bring back (the store's
/// new contents, a saved highlight's id, a problem to report) comes back in
/// through ``update(_:_:)`` like a key, so nothing changes the state elsewhere.
public enum ReaderEvent: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse report (when the terminal sends them).
    case mouse(MouseEvent)
    /// The terminal's new size.
    case resize(ScreenSize)
    /// The store's highlights and bookmarks of this article, after a change or on open.
    case annotationsChanged(highlights: [ResolvedAnnotation], bookmarks: [ResolvedAnnotation])
    /// A highlight asked for by ``Effect/saveHighlight(section:start:end:openNote:)`` was kept under `id`.
    case highlightSaved(id: String, openNote: Bool)
    /// The saved reading position to open at, as a section body and offset.
    case restorePosition(section: Int, offset: Int)
    /// A one-line message for the status line (a failed save, a notice).
    case report(String)
}
