import CCmarkGFM

/// cmark-gfm set up the way Folio reads Markdown: CommonMark with GitHub's
/// table and strikethrough extensions.
///
/// Options are `CMARK_OPT_DEFAULT` (no `CMARK_OPT_UNSAFE`: raw HTML is never
/// passed through by cmark's own renderers, and Folio renders none of it
/// anyway; see ``RawHTMLText``) plus `CMARK_OPT_VALIDATE_UTF8`, a second guard
/// behind ``TextDecoding``'s repair. No smart punctuation: text stays as written.
enum CmarkParser {
    /// Registers the core extensions once per process; cmark-gfm's own
    /// once-check is a plain flag, so two threads must not race to it.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The parser options.
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// The extensions attached to every parser.
    static let extensions = ["table", "strikethrough"]

    /// Parses `markdown` and calls `body` with the document node; the tree and
    /// the parser are freed when `body` returns, so the node must not escape.
    static func withTree<Result>(_ markdown: Substring, _ body: (OpaquePointer) -> Result) -> Result {
        _ = registered
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var text = String(markdown)
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        return body(root)
    }
}
