import Testing
@testable import ArticleKit

/// Charset detection order (BOM, transport, meta, UTF-8) and conversion.
@Suite struct CharsetTests {
    /// ASCII bytes of `text`.
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func byteOrderMarkWins() {
        #expect(HTMLCharset.detect([0xEF, 0xBB, 0xBF] + bytes("<meta charset=latin1>"), transport: "gbk") == "utf-8")
        #expect(HTMLCharset.detect([0xFF, 0xFE, 0x3C, 0x00], transport: nil) == "utf-16le")
        #expect(HTMLCharset.detect([0xFE, 0xFF, 0x00, 0x3C], transport: nil) == "utf-16be")
    }

    @Test func transportBeatsMeta() {
        let page = bytes("<meta charset=\"windows-1252\">") + [0xE9, 0xB3]
        #expect(HTMLCharset.detect(page, transport: "Shift_JIS") == "shift_jis")
        #expect(HTMLCharset.detect(page, transport: nil) == "windows-1252")
    }

    @Test func metaForms() {
        #expect(HTMLCharset.declaredInMeta(bytes("<META CHARSET='ISO-8859-1'>")) == "iso-8859-1")
        #expect(HTMLCharset.declaredInMeta(bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")) == "gb2312")
        #expect(HTMLCharset.declaredInMeta(bytes("<meta name=x content=y>")) == nil)
        // Only the first 1024 bytes are looked at.
        #expect(HTMLCharset.declaredInMeta(Array(repeating: 0x20, count: 1100) + bytes("<meta charset=gbk>")) == nil)
    }

    @Test func validUTF8WinsOverAWrongDeclaration() {
        let page = bytes("<meta charset=\"gb2312\"><p>") + Array("中文".utf8)
        #expect(HTMLCharset.detect(page, transport: nil) == "utf-8")
    }

    @Test func labelsAreNormalized() {
        #expect(HTMLCharset.normalized("Latin1") == "windows-1252")
        #expect(HTMLCharset.normalized("GB2312") == "gb18030")
        #expect(HTMLCharset.normalized(" utf8 ") == "utf-8")
        #expect(HTMLCharset.normalized("x-sjis") == "shift_jis")
    }

    @Test func legacyBytesConvert() {
        #expect(String(decoding: LegacyDecoding.utf8([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94], charset: "windows-1252"), as: UTF8.self) == "“café”")
        #expect(String(decoding: LegacyDecoding.utf8([0xD6, 0xD0, 0xCE, 0xC4], charset: "gb18030"), as: UTF8.self) == "中文")
        #expect(String(decoding: LegacyDecoding.utf8([0x93, 0xFA, 0x96, 0x7B], charset: "shift_jis"), as: UTF8.self) == "日本")
    }

    @Test func ownWindows1252TableMatchesIconv() {
        let all = (0...255).map { UInt8($0) }
        let ours = LegacyDecoding.windows1252(all)
        let theirs = LegacyDecoding.iconvUTF8(all, from: "CP1252")
        // iconv rejects the five undefined bytes; compare where both are defined.
        let defined = all.filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
        #expect(LegacyDecoding.windows1252(defined) == LegacyDecoding.iconvUTF8(defined, from: "CP1252"))
        #expect(!ours.isEmpty && theirs != nil)
    }

    @Test func invalidBytesAreRepairedNotDropped() {
        let out = LegacyDecoding.utf8([0x61, 0xFF, 0x62], charset: "utf-8")
        #expect(String(decoding: out, as: UTF8.self) == "a\u{FFFD}b")
        let legacy = LegacyDecoding.utf8([0x61, 0x80, 0x62], charset: "shift_jis")
        #expect(String(decoding: legacy, as: UTF8.self) == "a\u{FFFD}b")
    }
}
