/// A reader of one input format: bytes in, ``Document`` out.
///
/// Readers never fail on content: whatever the bytes hold, the reader returns
/// the best document it can (bad bytes are repaired, missing structure is
/// left out). Checks that reject an input (empty, binary) are the loader's.
public protocol DocumentReader {
    /// Reads `bytes`, described by `context`, into a document.
    static func read(_ bytes: [UInt8], context: ReadContext) -> Document
}

/// What a reader knows about its input besides the bytes.
public struct ReadContext: Sendable, Equatable {
    /// Where the bytes came from.
    public var source: DocumentSource
    /// The page's address, for resolving relative links (a fetched URL).
    public var url: String?
    /// The charset named by the transport (an HTTP Content-Type), if any.
    public var charset: String?

    /// Creates a context.
    public init(source: DocumentSource = .none, url: String? = nil, charset: String? = nil) {
        self.source = source
        self.url = url
        self.charset = charset
    }
}
