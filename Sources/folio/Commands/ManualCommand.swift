import ArgumentParser

/// `folio manual`: prints the folio(1) manual page (hidden; `make install` and a test use it).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the folio(1) manual page in man(7) format.",
        shouldDisplay: false
    )

    func run() throws {
        print(ManualPage.roff(), terminator: "")
    }
}
