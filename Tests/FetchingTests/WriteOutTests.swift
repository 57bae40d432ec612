import Testing
@testable import Fetching

/// Finding and reading curl's status record among its messages.
struct WriteOutTests {
    @Test func theRecordIsFoundBetweenItsMarkersAndMessagesStay() {
        let marker = WriteOut.makeMarker()
        let stderr = "curl: (7) Failed to connect\n\(marker)\n000\n\n\n\n\nhttp://127.0.0.1:1/\n\(marker)\n"
        let (record, messages) = WriteOut.split(Array(stderr.utf8), marker: marker)
        #expect(record == WriteOut(Array("000\n\n\n\n\nhttp://127.0.0.1:1/".utf8)))
        #expect(record?.status == 0 && record?.contentType == "" && record?.finalURL == "http://127.0.0.1:1/")
        #expect(String(decoding: messages, as: UTF8.self) == "curl: (7) Failed to connect\n")
    }

    @Test func aURLWithNewlinesAndMarkersElsewhereDoNotConfuseIt() {
        let marker = WriteOut.makeMarker()
        let stderr = "\(marker)\n200\ntext/html; charset=utf-8\n\"e1\"\r\nMon, 01 Jan 2024 00:00:00 GMT\n\nhttp://x/a\nb\n\(marker)\n"
        let (record, _) = WriteOut.split(Array(stderr.utf8), marker: marker)
        #expect(record?.status == 200)
        #expect(record?.contentType == "text/html; charset=utf-8")
        #expect(record?.etag == "\"e1\"" && record?.lastModified == "Mon, 01 Jan 2024 00:00:00 GMT")
        #expect(record?.finalURL == "http://x/a\nb")
    }

    @Test func markersDifferEachTime() {
        let markers = Set((0..<50).map { _ in WriteOut.makeMarker() })
        #expect(markers.count == 50)
    }

    @Test func malformedRecordsAreRejected() {
        let marker = "folio-x"
        #expect(WriteOut.split(Array("no record here".utf8), marker: marker).record == nil)
        #expect(WriteOut.split(Array("\(marker)\nabc\n\nu\n\(marker)\n".utf8), marker: marker).record == nil)
        #expect(WriteOut.split(Array("\(marker)\n200\n".utf8), marker: marker).record == nil)
    }
}
