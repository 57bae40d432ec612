// libFuzzer target: bytes -> JournalParser.parse (what AnnotationStore.load reads),
// then the fold, anchor resolution against the bundled article, the report
// renderers, and a compaction-like rewrite.
//
// Built by mk/fuzz.mk with swiftc, linked against ArticleKit and HighlightStore
// compiled as their own modules with -enable-testing (JournalParser is internal).
// Any broken invariant calls fatalError, which libFuzzer reports as a crash.
import ArticleKit
@testable import HighlightStore

/// The bundled article, to resolve fuzzed anchors against real text
/// (found from this file's path: mk/fuzz.mk compiles it by absolute path).
let bundled: LoadedArticle? = {
    let root = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
    let path = (root.isEmpty ? "." : root) + "/seeds/000_150ee73383b4e943.txt"
    do { return try ArticleLoader.load(path: path) } catch { fatalError("fuzz-store: cannot load \(path): \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func storeFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    checkStore(bytes)
    return 0
}

func fail(_ what: String, _ bytes: [UInt8]) -> Never {
    fatalError("store invariant broken: \(what)\ninput: \(String(decoding: bytes.prefix(600), as: UTF8.self).debugDescription)")
}

func isSafe(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
        let v = scalar.value
        return v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
            && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
    }
}

func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
}

func checkStore(_ bytes: [UInt8]) {
    let parsed = JournalParser.parse(bytes)

    // Every line is classified: each non-blank newline-terminated line is one
    // JournalLine with its number and exact bytes; a final unterminated rest is torn.
    var expected: [(number: Int, bytes: ArraySlice<UInt8>, torn: Bool)] = []
    var number = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
        let line = bytes[start..<index]
        if !isBlank(line) { expected.append((number, line, false)) }
        number += 1
        start = index + 1
    }
    if start < bytes.count { expected.append((number, bytes[start...], true)) }
    if parsed.lines.count != expected.count { fail("\(parsed.lines.count) lines parsed, \(expected.count) expected", bytes) }
    if parsed.terminated != start || parsed.nextNumber != number { fail("terminated/nextNumber wrong", bytes) }
    for (line, want) in zip(parsed.lines, expected) {
        if line.number != want.number || bytes[line.span] != want.bytes { fail("line \(want.number) misnumbered or altered", bytes) }
        if line.keptBytes[...] != (line.record == nil ? want.bytes : []) { fail("line \(want.number) kept the wrong bytes", bytes) }
        if (line.content == .torn) != want.torn { fail("line \(want.number) torn flag wrong", bytes) }
        if case .bad = line.content, line.problem == nil { fail("bad line without a problem", bytes) }
        if line.content == .torn, line.problem == nil { fail("torn line without a problem", bytes) }
        // A record this version understands survives its own encoding.
        if let record = line.record {
            var expectedBack = record
            if record.kind == .position || record.kind.isEdit && record.kind != .note { expectedBack.note = nil }
            let encoded = JSONLine.encode(record)
            if encoded.contains(0x0A) || encoded.contains(0x0D) { fail("encoded record has a raw line break", bytes) }
            if RecordDecoding.decode(encoded[...]) != .record(expectedBack) {
                fail("record does not round-trip: \(String(decoding: encoded, as: UTF8.self))", bytes)
            }
        }
    }

    // The fold and the readers built on it.
    let records = parsed.lines.compactMap { line in line.record.map { ($0, line.number) } }
    let state = StoreState(records: records)
    if let bundled {
        let bodies = SectionBodies(document: bundled.document)
        let identity = ArticleIdentity(bundled)
        for annotation in state.annotations.prefix(16) {
            let resolved = AnchorResolver.resolve(annotation.anchor, in: bodies)
            if let range = resolved.range, bodies.text(of: range) == nil { fail("resolved to a range outside the text", bytes) }
            if resolved.method == .offsets || resolved.method == .section || resolved.method == .article,
               let range = resolved.range, bodies.text(of: range) != annotation.anchor.exact {
                fail("exact match that is not exact", bytes)
            }
        }
        _ = state.position(in: identity).map { AnchorResolver.resolve($0, in: bodies) }
        let groups = HighlightGroup.all(in: state) { _ in bundled }
        for format in [HighlightFormat.text, .markdown] where !isSafe(format.render(groups)) {
            fail("unsafe \(format) rendering", bytes)
        }
        _ = HighlightFormat.json.render(groups)
        _ = HighlightFormat.text.render(HighlightGroup.all(in: state) { _ in nil })
    }

    // A compaction-like rewrite (the same rules as AnnotationStore.compact):
    // drop repeated ids and superseded positions, keep every other line byte for byte.
    let compacted = compact(parsed.lines, in: bytes)
    let reparsed = JournalParser.parse(compacted).lines
    let unknown = parsed.lines.filter { $0.record == nil }
    let unknownAfter = reparsed.filter { $0.record == nil }
    if unknown.map(\.keptBytes) != unknownAfter.map(\.keptBytes) { fail("unknown lines changed by the rewrite", bytes) }
    if unknown.map(\.content) != unknownAfter.map(\.content) { fail("unknown lines reclassified by the rewrite", bytes) }
    if compact(reparsed, in: compacted) != compacted { fail("the rewrite is not idempotent", bytes) }
    if StoreState(records: reparsed.compactMap { line in line.record.map { ($0, 0) } }).annotations.map(\.id)
        != state.annotations.map(\.id) {
        fail("the rewrite changed the annotations", bytes)
    }
}

func compact(_ lines: [JournalLine], in file: [UInt8]) -> [UInt8] {
    AnnotationStore.compacted(lines, in: file).bytes
}
