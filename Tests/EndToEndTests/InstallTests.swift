import Foundation
import Testing

/// `make install-files` with the built binary, and the manual page it installs.
@Suite struct InstallTests {
    @Test func installPutsTheBinaryManualAndCompletionsUnderThePrefix() throws {
        let prefix = try makeTemporaryFolder("folio-install")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let make = try ChildProcess.run(["make", "-s", "-C", FolioBinary.root.path, "install-files",
                                         "PREFIX=\(prefix.path)", "FOLIO=\(FolioBinary.path)"])
        #expect(make.status == 0, "\(make.stderr)")
        for path in ["bin/folio", "share/man/man1/folio.1", "share/bash-completion/completions/folio",
                     "share/zsh/site-functions/_folio", "share/fish/vendor_completions.d/folio.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path) not installed")
        }
        let completion = prefix.appendingPathComponent("share/bash-completion/completions/folio").path
        let bash = try ChildProcess.run(["bash", "-c", "source '\(completion)'; complete -p folio"])
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.contains("folio"), "complete -p: \(bash.stdout)")
    }

    @Test func theShippedManualPageIsTheGeneratedOneAndRendersWithoutWarnings() throws {
        let generated = try ChildProcess.run([FolioBinary.path, "manual"])
        #expect(generated.status == 0)
        let shipped = try String(contentsOf: FolioBinary.root.appendingPathComponent("docs/folio.1"), encoding: .utf8)
        #expect(generated.stdout == shipped, "docs/folio.1 differs from `folio manual`; write it anew with: folio manual > docs/folio.1")
        for needed in ["jump-to-section", "search-forward", "folio highlights add", "FOLIO_STORE", "EXIT STATUS"] {
            let roff = needed.split(separator: "-", omittingEmptySubsequences: false).joined(separator: "\\-")
            #expect(shipped.contains(roff), "the manual lacks \(needed)")
        }
        let groff = try ChildProcess.run(["groff", "-man", "-Tutf8", "-wall", "-z", FolioBinary.root.appendingPathComponent("docs/folio.1").path])
        #expect(groff.status == 0)
        #expect(groff.stderr.isEmpty, "groff warnings: \(groff.stderr)")
    }
}
