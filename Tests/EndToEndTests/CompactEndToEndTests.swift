import Foundation
import Testing

/// `folio compact` on a store the real binary wrote: same highlights after, the old file kept as .bak.
@Suite struct CompactEndToEndTests {
    @Test func compactKeepsEveryHighlightAndTheOldFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.jsonl").path
        let article = FolioBinary.article
        for (quote, note) in [("Putin needs China", "first"), ("lifeline", "second")] {
            let add = try CommandLineTests.folio(["highlights", "add", article, "--quote", quote, "--note", note, "--store", store])
            #expect(add.status == 0, "\(add.stderr)")
        }
        let listed = try CommandLineTests.folio(["highlights", article, "--format", "json", "--store", store])
        let original = try Data(contentsOf: URL(fileURLWithPath: store))

        let compact = try CommandLineTests.folio(["compact", "--store", store])
        #expect(compact.status == 0, "\(compact.stderr)")
        #expect(compact.stdout.contains("Compacted \(store): 2 lines, 0 dropped; the old file is \(store).bak"), "\(compact.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + ".bak")) == original)
        #expect(try CommandLineTests.folio(["highlights", article, "--format", "json", "--store", store]).stdout == listed.stdout)

        let doctor = try CommandLineTests.folio(["doctor", "--store", store])
        #expect(doctor.stdout.contains("Current: 2 highlights"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("superseded"))
    }

    @Test func compactingNoStoreSaysSo() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.folio(["compact", "--store", folder.appendingPathComponent("none.jsonl").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("nothing to compact"))
    }
}
