import Testing
@testable import ArticleKit

struct TextDecodingTests {
    @Test func repairsInvalidUTF8() {
        #expect(TextDecoding.decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(TextDecoding.decode([0xE2, 0x82]) == "\u{FFFD}")
    }

    @Test func stripsOnlyALeadingBOM() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x68, 0x69]) == "hi")
        #expect(TextDecoding.decode([0x68, 0xEF, 0xBB, 0xBF]) == "h\u{FEFF}")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF]) == "")
    }

    @Test func normalizesLineEndings() {
        #expect(TextDecoding.decode(Array("a\r\nb\rc\nd\r\r\ne\r".utf8)) == "a\nb\nc\nd\n\ne\n")
        #expect(!TextDecoding.decode(Array("x\r\n".utf8)).unicodeScalars.contains("\r"))
    }

    @Test func keepsNULBytes() {
        #expect(TextDecoding.decode([0x61, 0x00, 0x62]) == "a\u{0}b")
    }

    @Test func emptyInputGivesEmptyText() {
        #expect(TextDecoding.decode([]) == "")
    }
}
