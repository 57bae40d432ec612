import ArgumentParser
import ReaderCore

/// `folio keys`: prints every view's keys as Markdown tables, from the keymaps the reader uses.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the reader's keys, one table per view, with each operation's name."
    )

    func run() throws {
        print(KeyTable.markdown(.standard), terminator: "")
    }
}
