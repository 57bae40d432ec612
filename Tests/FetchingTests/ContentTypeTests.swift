import Testing
@testable import Fetching

/// Parsing Content-Type values and deciding what the reader can open.
struct ContentTypeTests {
    @Test(arguments: [
        ("text/html; charset=UTF-8", "text/html", "utf-8"),
        ("Text/HTML;Charset=\"ISO-8859-1\"", "text/html", "iso-8859-1"),
        ("text/plain", "text/plain", nil),
        ("text/markdown; variant=GFM; charset=utf-8", "text/markdown", "utf-8"),
        ("  application/xhtml+xml ;  charset = windows-1252 ", "application/xhtml+xml", "windows-1252"),
        ("", nil, nil),
        ("text/html; charset=", "text/html", nil),
    ] as [(String, String?, String?)])
    func splitsMediaTypeAndCharset(header: String, mediaType: String?, charset: String?) {
        let type = ContentType(header: header)
        #expect(type.mediaType == mediaType)
        #expect(type.charset == charset)
        #expect(type.raw == header)
    }

    @Test func readableTypesAreHTMLMarkdownTextOrNone() {
        for header in ["text/html", "application/xhtml+xml; charset=utf-8", "text/markdown", "text/x-markdown",
                       "TEXT/PLAIN", ""] {
            #expect(ContentType(header: header).isReadable, "\(header)")
        }
        for header in ["image/png", "application/pdf", "application/json", "text/css", "video/mp4"] {
            #expect(!ContentType(header: header).isReadable, "\(header)")
        }
    }

    @Test func requireReadableNamesTheType() {
        let page = FetchedPage(finalURL: "http://x/", status: 200, contentType: ContentType(header: "image/png"), body: [])
        #expect(throws: FetchError.notReadable(mediaType: "image/png")) { try page.requireReadable() }
        #expect(FetchError.notReadable(mediaType: "image/png").description == "not HTML, Markdown or text: image/png")
    }
}
