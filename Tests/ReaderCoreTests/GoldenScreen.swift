import Foundation
import ReaderCore
import Testing

/// Compares a screen with a golden file of text rows and styled runs.
///
/// Rows are written between `|` marks so trailing spaces show. Set
/// FOLIO_RECORD_GOLDENS=1 to write the files anew; a recording run still
/// fails, so a recorded golden is never taken silently.
enum GoldenScreen {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The golden text of `screen`.
    static func text(of screen: Screen) -> String {
        var out = "size \(screen.size.width)x\(screen.size.height)\n"
        for row in screen.textRows { out += "|\(row)|\n" }
        out += "--- styled runs\n"
        for run in screen.styledRuns { out += run + "\n" }
        return out
    }

    /// Checks `screen` against the golden named `name`.
    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: screen)
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded golden \(name); run again without FOLIO_RECORD_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt; record it with FOLIO_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1):\n expected \($0.element.0)\n actual   \($0.element.1)" } ?? "length differs"
            Issue.record("screen differs from golden \(name): \(detail)", sourceLocation: sourceLocation)
        }
    }
}
