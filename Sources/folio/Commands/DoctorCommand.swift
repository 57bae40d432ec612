import ArgumentParser
import ArticleKit
import HighlightStore

/// `folio doctor`: checks the highlights store and says what is wrong.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the highlights store: record counts, bad lines, orphaned highlights.",
        discussion: "Exits with status 1 when a line is corrupt or torn, or a highlight is orphaned."
    )

    @Option(help: "The highlights file to check.")
    var store: String?

    func run() throws {
        let store = try StoreAccess.open(store)
        let checkup = StoreCheckup(store) { try? ArticleLoader.load(path: $0) }
        for line in checkup.report { print(line) }
        // A store that compaction would more than halve says so (it is not a problem).
        if let estimate = try? store.compactionEstimate(), estimate.dropped * 2 > estimate.lines {
            print("Note: \(estimate.dropped) of \(estimate.lines) lines are superseded; `folio compact` would rewrite the store without them.")
        }
        if !checkup.isHealthy { throw ExitCode(1) }
    }
}
