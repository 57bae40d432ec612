import ArticleKit
import HighlightStore
import ReaderCore

/// The reader's link to the store: performs store effects and keeps unsaved records.
///
/// A record whose save failed stays in `pending`: it is shown in the reader as
/// if saved, and every later save tries it again first, so a highlight made
/// while the disk was full is written once space is back.
final class AnnotationSession {
    private var store: AnnotationStore?
    private let path: String
    private var identity: ArticleIdentity
    private let bodies: SectionBodies
    private(set) var pending: [StoreRecord] = []
    /// Unsaved records other than reading positions, for the warning on exit.
    var unsavedCount: Int { pending.filter { $0.kind != .position }.count }

    /// Why the store could not be opened, if it could not.
    private(set) var openError: String?

    /// Opens the store at `path` for `loaded` (whose projection the reader
    /// already built); a store that cannot be read leaves the reader usable.
    init(path: String, loaded: LoadedArticle, projection: TextProjection) {
        self.path = path
        self.bodies = SectionBodies(projection: projection)
        do {
            store = try AnnotationStore.load(path: path)
        } catch {
            openError = "store not read: \(error.description); highlights kept in memory only"
        }
        // A store with no lines holds nothing written before documents existed: the
        // older fingerprint (a second pass over the text) is only needed otherwise.
        self.identity = ArticleIdentity(loaded, projection: projection, legacy: store.map { $0.lineCount > 0 } ?? true)
    }

    /// The saved reading position, as a section and body offset.
    var savedPosition: (section: Int, offset: Int)? {
        guard let range = store?.position(in: identity, bodies: bodies) else { return nil }
        return (range.section, range.start)
    }

    /// The current highlights and bookmarks (saved and pending), as the event that hands them to the reader.
    var annotations: ReaderEvent {
        let source = store ?? AnnotationStore(path: path)
        return .annotationsChanged(
            highlights: source.highlights(in: identity, bodies: bodies, pending: pending),
            bookmarks: source.bookmarks(in: identity, bodies: bodies, pending: pending))
    }

    /// Performs one store effect; returns what the reader learns from it, as events.
    ///
    /// A kept highlight reports its id; any failure is reported as a message;
    /// the store's new contents always follow.
    func results(of effect: Effect) -> [ReaderEvent] {
        var events: [ReaderEvent] = []
        if let problem = perform(effect) { events.append(.report(problem)) }
        events.append(annotations)
        if case .saveHighlight(_, _, _, let openNote) = effect, let id = lastRecordID, events.count == 1 {
            events.append(.highlightSaved(id: id, openNote: openNote))
        }
        return events
    }

    /// The id of the record the last `perform` made.
    private var lastRecordID: String?

    /// Performs one store effect; returns a message for the status line when something went wrong.
    func perform(_ effect: Effect) -> String? {
        let record: StoreRecord
        let what: String
        switch effect {
        case .quit, .openURL, .readURL, .copy, .back:
            return nil
        case .saveHighlight(let section, let start, let end, _):
            guard let anchor = QuoteAnchor(SectionRange(section: section, start: start, end: end), in: bodies) else { return "Cannot highlight here" }
            record = .highlight(anchor, in: identity)
            what = "highlight"
        case .saveNote(let id, let note):
            record = .note(note, for: id)
            what = "note"
        case .delete(let id):
            record = .delete(id)
            what = "deletion"
        case .undelete(let id):
            record = .undelete(id)
            what = "undo"
        case .saveBookmark(let section, let offset):
            guard let anchor = QuoteAnchor(point: section, offset: offset, in: bodies) else { return "Cannot bookmark here" }
            record = .bookmark(anchor, in: identity)
            what = "bookmark"
        case .savePosition(let section, let offset):
            guard let anchor = QuoteAnchor(point: section, offset: offset, in: bodies) else { return nil }
            record = .position(anchor, in: identity)
            what = "reading position"
        }
        lastRecordID = record.id
        return save(record, what: what)
    }

    /// Saves earlier failures first, then `record`; on failure keeps it for a retry.
    private func save(_ record: StoreRecord, what: String) -> String? {
        // Only the latest reading position matters: drop older unsaved ones.
        if record.kind == .position { pending.removeAll { $0.kind == .position } }
        pending.append(record)
        if store == nil, let reopened = try? AnnotationStore.load(path: path) {
            store = reopened
            openError = nil
        }
        guard var store else {
            return "\(what) not saved: \(openError ?? "no store") (kept in memory; will retry)"
        }
        defer { self.store = store }
        while let next = pending.first {
            do {
                try store.append(next)
                pending.removeFirst()
            } catch {
                return error.notSaved(what) + " (kept in memory; will retry)"
            }
        }
        return nil
    }
}
