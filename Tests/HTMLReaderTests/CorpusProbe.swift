import Foundation
import Testing
@testable import ArticleKit

/// Writes the reader's output for every `*/source.html` under `FOLIO_HTML_PROBE_DIR` into
/// `FOLIO_HTML_PROBE_OUT` as JSON (title, byline, sections), for the quality script; skipped otherwise.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FOLIO_HTML_PROBE_DIR"] != nil))
func corpusProbe() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = URL(fileURLWithPath: environment["FOLIO_HTML_PROBE_DIR"]!)
    let output = URL(fileURLWithPath: environment["FOLIO_HTML_PROBE_OUT"] ?? "/tmp/folio-html-probe")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    var written = 0
    for page in pages {
        let source = directory.appendingPathComponent(page).appendingPathComponent("source.html")
        guard let data = FileManager.default.contents(atPath: source.path) else { continue }
        let start = DispatchTime.now()
        let document = HTMLReader.read([UInt8](data), context: ReadContext(url: "http://fakehost/test/page.html"))
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        let projection = TextProjection(document)
        let sections: [[String: Any]] = projection.sections.map { ["heading": $0.heading ?? NSNull(), "paragraphs": $0.paragraphs] }
        let object: [String: Any] = [
            "title": document.metadata.title ?? NSNull(), "byline": document.metadata.byline ?? NSNull(),
            "date": document.metadata.date ?? NSNull(), "siteName": document.metadata.siteName ?? NSNull(),
            "notice": document.metadata.notice ?? NSNull(), "sections": sections, "milliseconds": elapsed,
            "blocks": document.blocks.map { ["kind": $0.kind.name, "role": $0.role.name, "level": $0.level, "text": $0.text] },
        ]
        let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
        try json.write(to: output.appendingPathComponent(page + ".json"))
        written += 1
    }
    #expect(written > 0)
}
