import ArticleKit

/// What `folio doctor` finds: counts, bad lines, orphaned highlights, notes.
public struct StoreCheckup: Sendable {
    /// The store path checked.
    public var path: String
    /// The symlink target when the store path is a symlink.
    public var symlinkTarget: String?
    /// Whether the store file exists.
    public var exists: Bool
    /// Records of each known kind.
    public var counts: [RecordKind: Int]
    /// Well-formed lines of unknown kinds or newer versions, by kind.
    public var foreign: [String: Int]
    /// Live (not deleted) highlights and bookmarks.
    public var liveHighlights: Int
    public var liveBookmarks: Int
    /// Corrupt and torn lines.
    public var problems: [JournalLine]
    /// Highlights not found in their article as it is now.
    public var orphaned: [HighlightGroup.Entry]
    /// Recorded article paths that could not be read.
    public var missingArticles: [String]

    /// Whether anything is wrong (bad or torn lines, orphaned highlights).
    public var isHealthy: Bool { problems.isEmpty && orphaned.isEmpty }

    /// Examines `store`, re-anchoring highlights against articles read by `load`.
    public init(_ store: AnnotationStore, load: (String) -> LoadedArticle?) {
        path = store.path
        symlinkTarget = store.isSymlink ? store.resolvedPath : nil
        exists = store.snapshot != nil
        counts = store.state.counts
        var foreign: [String: Int] = [:]
        for line in store.keptLines {
            if case .foreign(let kind, let version) = line.content {
                foreign[version == StoreRecord.formatVersion ? kind : "\(kind) (v\(version))", default: 0] += 1
            }
        }
        self.foreign = foreign
        let live = store.state.annotations.filter { !$0.isDeleted }
        liveHighlights = live.filter { $0.kind == .highlight }.count
        liveBookmarks = live.filter { $0.kind == .bookmark }.count
        problems = store.problems
        let groups = HighlightGroup.all(in: store.state, load: load)
        orphaned = groups.flatMap { $0.entries.filter(\.isOrphaned) }
        missingArticles = groups.filter { !$0.wasChecked }.map(\.article.path)
    }

    /// The report, one finding per line, safe to print.
    public var report: [String] {
        let clean = DisplaySanitizer.clean
        var lines = ["Store: \(clean(path))"]
        if let symlinkTarget { lines.append("Note: the store path is a symbolic link to \(clean(symlinkTarget)) (followed).") }
        guard exists else {
            lines.append("No store file yet: it is created with the first highlight.")
            return lines
        }
        let kinds = RecordKind.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("Records: \(kinds)")
        if !foreign.isEmpty {
            let list = foreign.keys.sorted().map { "\(clean($0)) \(foreign[$0]!)" }.joined(separator: ", ")
            lines.append("Kept from a newer Folio (not understood): \(list)")
        }
        lines.append("Current: \(liveHighlights) highlights, \(liveBookmarks) bookmarks")
        for line in problems { lines.append("Bad line: \(line.problem ?? "")") }
        for entry in orphaned {
            let quote = DisplayTitle.shorten(clean(entry.annotation.anchor.exact).replacingNewlines(with: " "), to: 50)
            lines.append("Orphaned highlight (line \(entry.annotation.line)): \u{201C}\(quote)\u{201D} in \(clean(entry.annotation.article.path))")
        }
        for missing in missingArticles {
            lines.append("Note: article not found at \(clean(missing)); its highlights were not checked.")
        }
        lines.append(isHealthy ? "OK" : "Problems found: \(problems.count) bad lines, \(orphaned.count) orphaned highlights")
        return lines
    }
}
