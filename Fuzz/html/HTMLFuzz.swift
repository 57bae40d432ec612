// libFuzzer target: bytes -> HTMLReader -> Document -> TextProjection, dumps.
// Built by mk/fuzz.mk with Fuzz/shared/DocumentChecks.swift.
import ArticleKit

@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let document = HTMLReader.read(bytes, context: ReadContext(source: .none, url: "https://example.org/news/a.html"))
    if document.metadata.format != .html { documentFailure("HTML read as \(document.metadata.format)", bytes) }
    checkDocument(document, bytes: bytes)
    return 0
}
