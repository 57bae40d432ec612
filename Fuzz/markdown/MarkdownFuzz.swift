// libFuzzer target: bytes -> MarkdownReader -> Document -> TextProjection, dumps.
// Built by mk/fuzz.mk with Fuzz/shared/DocumentChecks.swift.
import ArticleKit

@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let document = MarkdownReader.read(bytes, context: ReadContext(source: .none, url: "https://example.org/notes/"))
    if document.metadata.format != .markdown { documentFailure("Markdown read as \(document.metadata.format)", bytes) }
    checkDocument(document, bytes: bytes)
    return 0
}
