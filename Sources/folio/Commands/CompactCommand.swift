import ArgumentParser
import HighlightStore

/// `folio compact`: rewrites the store to its current state, keeping the old file as `<store>.bak`.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Rewrite the highlights store without superseded records (the old file is kept as <store>.bak).",
        discussion: """
            Drops reading positions, notes and delete/undelete edits that later ones replaced, and repeated \
            records; keeps every highlight and bookmark (deleted ones too), lines it does not understand and \
            damaged lines, byte for byte. Works under the store's lock, atomically: a reader at the same \
            time sees the old store or the new one.
            """
    )

    @Option(help: "The highlights file to compact.")
    var store: String?

    func run() throws {
        var opened = try StoreAccess.open(store)
        guard opened.snapshot != nil else {
            print("No store file at \(opened.path): nothing to compact.")
            return
        }
        let before = opened.lineCount
        let backup = opened.path + ".bak"
        let dropped: Int
        do {
            dropped = try opened.compact(backup: backup)
        } catch {
            throw Failure("cannot compact \(opened.path): \(error.description)")
        }
        print("Compacted \(opened.path): \(before) lines, \(dropped) dropped; the old file is \(backup)")
    }
}
