/// Folio's highlights, notes, bookmarks and reading positions, backed by one flat file.
///
/// The file is an append-only log of JSON lines (see ``StoreRecord``); this
/// value holds the state they fold to and the lines that are not records
/// (a record's line is not kept: its bytes stay in the file). Saving is
/// `append(_:)`: it writes the record under a lock and fsyncs, and only then
/// changes memory. If it throws, nothing changed, so the caller keeps the
/// record in a pending list and calls `append(_:)` again later:
///
/// ```swift
/// let record = StoreRecord.highlight(anchor, in: article, note: nil)
/// do { try store.append(record) } catch {
///     pending.append(record)
///     status = error.notSaved("highlight")
/// }
/// ```
public struct AnnotationStore: Sendable {
    /// The store file's path as configured.
    public let path: String
    /// The lines read that are not records (foreign, bad, torn), in order, bytes kept.
    public private(set) var keptLines: [JournalLine] = []
    /// How many non-blank lines were read, records and ``keptLines``.
    public private(set) var lineCount = 0
    /// The fold of the records read.
    public private(set) var state = StoreState()
    /// The file version `lines` reflect; `nil` when the file did not exist.
    public private(set) var snapshot: FileSnapshot?

    private let journal: JournalFile
    /// Bytes of the file that end in a newline and are parsed.
    private var parsedBytes = 0
    /// The line number the next terminated line will get.
    private var nextLineNumber = 1

    /// An empty store for `path`; nothing is read until `reload()`.
    public init(path: String) {
        self.path = path
        self.journal = JournalFile(path: path)
    }

    /// Reads the store at `path` (a missing or empty file is an empty store).
    public static func load(path: String) throws(StoreError) -> AnnotationStore {
        var store = AnnotationStore(path: path)
        try store.reload()
        return store
    }

    // MARK: Reading

    /// Lines that are not records: corrupt lines (kept) and a torn last line (skipped).
    public var problems: [JournalLine] { keptLines.filter { $0.problem != nil } }

    /// Whether the configured path is a symbolic link (it is followed).
    public var isSymlink: Bool { journal.isSymlink }

    /// The file writes go to: the symlink's target when the path is a symlink.
    public var resolvedPath: String { journal.resolvedPath }

    /// Re-reads the whole file, replacing what is in memory.
    public mutating func reload() throws(StoreError) {
        var parser = JournalParser(into: StoreFold(), sharingStrings: true)
        let snapshot = try journal.read(into: &parser)
        parsedBytes = parser.terminated
        nextLineNumber = parser.nextNumber
        self.snapshot = snapshot
        take(parser.sink)
    }

    /// Replaces what is in memory with what `fold` read.
    private mutating func take(_ fold: consuming StoreFold) {
        state = fold.state
        keptLines = fold.keptLines
        lineCount = fold.lineCount
    }

    /// Re-reads the file if it changed since it was last read (size, mtime or inode).
    ///
    /// Lines appended by another program are added to memory; a file another
    /// program rewrote is read again from the start. Memory never overwrites
    /// the file. Returns whether anything was read.
    @discardableResult
    public mutating func reloadIfChanged() throws(StoreError) -> Bool {
        let current = try journal.snapshot()
        if current == snapshot { return false }
        guard let current, let known = snapshot, known.isSameFile(as: current), parsedBytes > 0,
              current.size >= parsedBytes
        else {
            try reload()
            return true
        }
        let (tail, newSnapshot) = try journal.read(from: parsedBytes - 1)
        guard tail.first == UInt8(ascii: "\n") else {
            try reload()
            return true
        }
        var fold = StoreFold()
        swap(&fold.state, &state)
        swap(&fold.keptLines, &keptLines)
        fold.lineCount = lineCount
        if fold.keptLines.last?.content == .torn {
            fold.keptLines.removeLast()
            fold.lineCount -= 1
        }
        // `consume`: a second reference to the state would make the first record
        // applied copy all of it (a quarter of a second on a million records).
        let (sink, terminated, nextNumber) = JournalParser.parse(
            Array(tail.dropFirst()), into: consume fold, offset: parsedBytes, firstNumber: nextLineNumber
        )
        take(sink)
        parsedBytes += terminated
        nextLineNumber = nextNumber
        snapshot = newSnapshot
        return true
    }

    // MARK: Writing

    /// Saves `record`: one locked, fsynced append. Memory changes only on success.
    ///
    /// Lines other programs appended meanwhile are merged at the same time.
    /// Appending a record whose id is already stored (a retry) is harmless:
    /// the fold counts an id once.
    public mutating func append(_ record: StoreRecord) throws(StoreError) {
        let line = JSONLine.encode(record)
        try journal.append(line: line)
        do {
            try reloadIfChanged()
        } catch {
            lineCount += 1
            state.apply(record, line: nextLineNumber)
            snapshot = nil
        }
    }

    /// Rewrites the file without superseded reading positions, superseded note and
    /// delete/undelete edits, and repeated ids.
    ///
    /// Works on the file as it is under the lock (not on memory), and keeps
    /// every other line byte for byte: highlights and bookmarks (deleted ones
    /// too), unknown kinds, unknown fields, corrupt lines and a torn last line.
    /// Atomic: temp file, fsync, rename, fsync folder. Returns how many lines were dropped.
    ///
    /// With `backup`, the file as it was is first written there (atomically, under the same lock).
    @discardableResult
    public mutating func compact(backup: String? = nil) throws(StoreError) -> Int {
        var dropped = 0
        try journal.rewrite(backup: backup) { bytes in
            let result = Self.compacted(JournalParser.parse(bytes).lines, in: bytes)
            dropped = result.dropped
            return result.bytes
        }
        try reload()
        return dropped
    }

    /// How many lines the file has now and how many ``compact(backup:)`` would drop (reads the file, writes nothing).
    public func compactionEstimate() throws(StoreError) -> (lines: Int, dropped: Int) {
        let bytes = try journal.read().bytes
        let lines = JournalParser.parse(bytes).lines
        return (lines.count, Self.compacted(lines, in: bytes).dropped)
    }

    /// The bytes of a compacted journal: repeated ids, all but the latest reading
    /// position per article, and all but the latest note edit and the latest
    /// delete/undelete edit of each item dropped; every other line kept byte for
    /// byte (a torn last line stays without its newline). `lines` are the lines of
    /// `file`. Also returns how many lines were dropped.
    ///
    /// An edit counts only after the item it names (the fold ignores one before),
    /// so only such edits supersede each other; the last edit of an item always
    /// stays, and with it the item's note, visibility and time of last change.
    static func compacted(_ lines: [JournalLine], in file: [UInt8]) -> (bytes: [UInt8], dropped: Int) {
        var latestPosition: [ArticleIdentity: Int] = [:]
        var latestEdit: [String: Int] = [:]
        var items: Set<String> = []
        var seen: Set<String> = []
        var keep = [Bool](repeating: true, count: lines.count)
        for (index, line) in lines.enumerated() {
            guard let record = line.record else { continue }
            if !seen.insert(record.id).inserted {
                keep[index] = false
            } else if record.kind == .position, var article = record.article {
                article.title = nil
                if let earlier = latestPosition[article] { keep[earlier] = false }
                latestPosition[article] = index
            } else if record.kind == .highlight || record.kind == .bookmark {
                items.insert(record.id)
            } else if let target = record.target, items.contains(target) {
                // Notes supersede notes; deletes and undeletes supersede each other.
                let group = (record.kind == .note ? "note " : "shown ") + target
                if let earlier = latestEdit[group] { keep[earlier] = false }
                latestEdit[group] = index
            }
        }
        var out: [UInt8] = []
        for (index, line) in lines.enumerated() where keep[index] {
            out.append(contentsOf: file[line.span])
            if line.content != .torn { out.append(UInt8(ascii: "\n")) }
        }
        return (out, keep.filter { !$0 }.count)
    }

    // MARK: Queries

    /// The state with `pending` (records not yet saved) applied after the saved ones.
    public func state(including pending: [StoreRecord]) -> StoreState {
        var merged = state
        for record in pending { merged.apply(record, line: 0) }
        return merged
    }

    /// Live highlights of `article` with where each is found in `bodies` now, in creation order.
    public func highlights(
        in article: ArticleIdentity, bodies: SectionBodies, pending: [StoreRecord] = []
    ) -> [ResolvedAnnotation] {
        resolve(state(including: pending).annotations(.highlight, in: article), in: bodies)
    }

    /// Live bookmarks of `article` with where each is found in `bodies` now.
    public func bookmarks(
        in article: ArticleIdentity, bodies: SectionBodies, pending: [StoreRecord] = []
    ) -> [ResolvedAnnotation] {
        resolve(state(including: pending).annotations(.bookmark, in: article), in: bodies)
    }

    /// The latest reading position in `article`, re-found in `bodies` (`nil` if none or lost).
    public func position(in article: ArticleIdentity, bodies: SectionBodies) -> SectionRange? {
        guard let anchor = state.position(in: article) else { return nil }
        return AnchorResolver.resolve(anchor, in: bodies).range
    }

    private func resolve(_ annotations: [Annotation], in bodies: SectionBodies) -> [ResolvedAnnotation] {
        annotations.map { ResolvedAnnotation(annotation: $0, resolved: AnchorResolver.resolve($0.anchor, in: bodies)) }
    }
}
