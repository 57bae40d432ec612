/// Which media types the reader can show: HTML, Markdown and plain text.
extension ContentType {
    /// The media types the reader opens; a response without a type is accepted too
    /// (the format sniffer decides then).
    public static let readableMediaTypes: Set<String> = [
        "text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown", "text/plain",
    ]

    /// True when the reader can show this type: one of `readableMediaTypes`, or none given.
    public var isReadable: Bool {
        guard let mediaType else { return true }
        return Self.readableMediaTypes.contains(mediaType)
    }
}

/// The readability check on a fetched page.
extension FetchedPage {
    /// Throws `.notReadable` unless the page's type is one the reader can show.
    public func requireReadable() throws(FetchError) {
        if !contentType.isReadable { throw .notReadable(mediaType: contentType.mediaType ?? "") }
    }
}
