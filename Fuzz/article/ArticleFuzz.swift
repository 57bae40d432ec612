// libFuzzer target: bytes -> TextDecoding -> ArticleParser -> ArticleDump / DisplaySanitizer.
//
// Built by mk/fuzz.mk with swiftc (not SwiftPM), linked against ArticleKit
// compiled as its own module, together with the test helpers
// Tests/ArticleKitTests/Support/TextAccounting.swift
// (the no-text-lost check, compared scalar by scalar).
// Any broken invariant calls fatalError, which libFuzzer reports as a crash.
import ArticleKit
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    checkArticle(bytes)
    return 0
}

/// Whether text is safe to send to a terminal: no C0 but newline, no DEL, C1 or bidi controls.
func isSafe(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
        let v = scalar.value
        return v == 0x0A || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)
            && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
    }
}

func fail(_ what: String, _ bytes: [UInt8]) -> Never {
    fatalError("article invariant broken: \(what)\ninput bytes: \(bytes.prefix(512))")
}

func checkArticle(_ bytes: [UInt8]) {
    let text = TextDecoding.decode(bytes)
    if text.unicodeScalars.contains("\r") { fail("a CR survived decoding", bytes) }
    if text.unicodeScalars.first == "\u{FEFF}" && bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.dropFirst(3).starts(with: [0xEF, 0xBB, 0xBF]) {
        fail("the BOM survived decoding", bytes)
    }
    let article = ArticleParser.parse(bytes: bytes)
    if article != ArticleParser.parse(text) { fail("parse(bytes:) differs from parse(decode(bytes))", bytes) }
    if article.sections.isEmpty { fail("no lead section", bytes) }

    // No text lost: every trimmed non-blank line is in exactly one place, in order.
    if let problem = TextAccounting.problem(text: text, article: article) { fail("text lost: \(problem)", bytes) }

    // Sanitized output carries no control character.
    let pieces = [article.title, article.byline, article.dateline].compactMap { $0 } + TextAccounting.bodyPieces(article)
    for piece in pieces {
        let clean = DisplaySanitizer.clean(piece)
        if !isSafe(clean) { fail("unsafe sanitized piece \(clean.unicodeScalars.map(\.value))", bytes) }
        if DisplaySanitizer.needsCleaning(clean) { fail("clean() is not idempotent", bytes) }
        if !DisplaySanitizer.needsCleaning(piece) && clean != piece { fail("clean() changed clean text", bytes) }
    }
    if !isSafe(DisplaySanitizer.clean(text)) { fail("unsafe sanitized whole text", bytes) }

    let document = PlainTextReader.document(from: article)
    let dumpText = ArticleDump.text(document, displayTitle: "Fuzz")
    if !isSafe(dumpText) { fail("unsafe ArticleDump.text", bytes) }
    let json = ArticleDump.json(document)
    if !isSafe(json) { fail("unsafe ArticleDump.json", bytes) }
    checkJSON(json, article: article, bytes: bytes)

    // The loader path (binary sniffing, display title) and word wrap must not trap either.
    if let loaded = try? LoadedArticle.from(bytes: bytes, path: "-") {
        let title = loaded.displayTitle
        if title.isEmpty || title.contains("\n") || !isSafe(title) { fail("bad display title \(title.unicodeScalars.map(\.value))", bytes) }
    }
    let width = 1 + Int(bytes.first ?? 0) % 40
    for paragraph in article.sections.flatMap(\.paragraphs).prefix(8) {
        for line in TextWrapper.wrap(DisplaySanitizer.clean(paragraph), width: width)
        where line.width > width && line.text.count != 1 {
            fail("wrapped line wider than \(width): \(line)", bytes)
        }
    }
}

/// The JSON dump parses and holds the sanitized strings of the article.
func checkJSON(_ json: String, article: Article, bytes: [UInt8]) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
        fail("ArticleDump.json is not a JSON object: \(json.prefix(300))", bytes)
    }
    let clean = DisplaySanitizer.clean
    func string(_ key: String) -> String? { object[key] as? String }
    if string("title") != article.title.map(clean) || string("byline") != article.byline.map(clean)
        || string("dateline") != article.dateline.map(clean) {
        fail("JSON header fields differ from the article", bytes)
    }
    guard let sections = object["sections"] as? [[String: Any]], sections.count == article.sections.count else {
        fail("JSON sections differ from the article", bytes)
    }
    for (section, decoded) in zip(article.sections, sections) {
        if decoded["heading"] as? String != section.heading.map(clean)
            || decoded["paragraphs"] as? [String] != section.paragraphs.map(clean) {
            fail("JSON section \(decoded) differs from the article's \(section)", bytes)
        }
    }
    if object["sources"] as? [String] != article.sources.map(clean)
        || object["authorNote"] as? [String] != article.authorNote.map(clean) {
        fail("JSON trailer differs from the article", bytes)
    }
}
