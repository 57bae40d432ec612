#if canImport(Glibc)
import Glibc
#endif

/// Empties the `<script>`, `<style>` and `<svg>` elements of raw HTML before it is parsed.
///
/// On real news pages scripts and styles are about half the bytes (48% over
/// the 76 real articles of Readability's test pages), and no reader ever shows
/// them: the parser would copy them into text nodes only for the extraction to
/// drop them. Inline SVG drawings are another 9% of what is left (paths are long
/// attributes), and no reader shows them either. JSON-LD scripts (an open tag that mentions `ld+json`) are kept
/// whole, since the page's metadata is read from them.
///
/// The scan ends a script or style where libxml2's HTML parser ends it: at
/// the first `</` followed by the element's name, in any case; an `<svg>` ends
/// at the `</svg` that matches it. It steps over
/// comments and over whole tags, quoted attribute values included, so a
/// `<script>` written inside a comment or an attribute is not taken for one.
/// A tag closed with `/>` has no contents for libxml2, so it is left alone. A
/// page with nothing to empty comes back unchanged (the same array).
enum InertContent {
    /// `bytes` with the contents of scripts (not JSON-LD), styles and SVG drawings removed.
    static func emptied(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input -> [UInt8] in
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            let count = input.count
            while let open = nextOpen(input, from: index) {
                index = open
                if startsComment(input, index) {
                    index = endOfComment(input, from: index + 4)
                    continue
                }
                guard index + 1 < count, ASCIILines.isLetter(input[index + 1]) else { index += 1; continue }
                let tagEnd = endOfTag(input, from: index + 1)
                guard let name = inertName(input, at: index + 1), tagEnd < count, input[tagEnd - 2] != 0x2F,
                      !(name == script && mentionsJSONLD(input, index..<tagEnd)) else {
                    index = tagEnd
                    continue
                }
                let close = name == svg ? closingSVG(input, from: tagEnd) : closingTag(input, name: name, from: tagEnd)
                if close > tagEnd {
                    if out.isEmpty { out.reserveCapacity(count) }
                    out.append(contentsOf: input[copied..<tagEnd])
                    copied = close
                }
                index = close
            }
            guard copied > 0 else { return bytes }
            out.append(contentsOf: input[copied..<count])
            return out
        }
    }

    /// The lower-case names whose contents are emptied.
    static let script = Array("script".utf8)
    static let style = Array("style".utf8)
    static let svg = Array("svg".utf8)

    /// `script`, `style` or `svg` when a start tag of that name begins at `at` (just past `<`).
    static func inertName(_ input: UnsafeBufferPointer<UInt8>, at: Int) -> [UInt8]? {
        for name in [script, style, svg] where ASCIICase.matches(input, at: at, name) {
            let after = at + name.count
            guard after < input.count else { return nil }
            let byte = input[after]
            if byte == 0x3E || byte == 0x2F || isSpace(byte) { return name }
        }
        return nil
    }

    /// The offset just past the `>` that ends the tag whose name starts at `from`,
    /// stepping over quoted attribute values (the end of the input when there is none).
    static func endOfTag(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var index = from
        var afterEquals = false
        while index < input.count {
            let byte = input[index]
            if byte == 0x3E { return index + 1 }
            if afterEquals, byte == 0x22 || byte == 0x27 {
                index += 1
                while index < input.count, input[index] != byte { index += 1 }
                afterEquals = false
            } else if byte == 0x3D {
                afterEquals = true
            } else if !isSpace(byte) {
                afterEquals = false
            }
            index += 1
        }
        return input.count
    }

    /// Whether the open tag in `range` says `ld+json` anywhere (its type attribute, in practice).
    static func mentionsJSONLD(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        ASCIICase.contains(UnsafeBufferPointer(rebasing: input[range]), jsonLD)
    }

    /// What a JSON-LD script's type says.
    static let jsonLD = Array("ld+json".utf8)

    /// Where the element's end tag (`</` and its name, in any case) begins, at or after `from`
    /// (the end of the input when it is never closed).
    static func closingTag(_ input: UnsafeBufferPointer<UInt8>, name: [UInt8], from: Int) -> Int {
        var index = from
        while let open = nextOpen(input, from: index) {
            if open + 1 < input.count, input[open + 1] == 0x2F, ASCIICase.matches(input, at: open + 2, name) { return open }
            index = open + 1
        }
        return input.count
    }

    /// The offset of the next `<` at or after `from` (memchr: a script body is long).
    static func nextOpen(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < input.count, let base = input.baseAddress,
              let found = memchr(base + from, 0x3C, input.count - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Where the `</svg` that closes an `<svg>` opened before `from` begins (the end of the
    /// input when none does). Inner `<svg>`s nest; comments, scripts and styles inside are
    /// stepped over as libxml2 reads them.
    static func closingSVG(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var depth = 1
        var index = from
        let count = input.count
        while let open = nextOpen(input, from: index), open + 1 < count {
            index = open
            if startsComment(input, index) {
                index = endOfComment(input, from: index + 4)
            } else if input[index + 1] == 0x2F, ASCIICase.matches(input, at: index + 2, svg) {
                depth -= 1
                if depth == 0 { return index }
                index += 2
            } else if ASCIILines.isLetter(input[index + 1]) {
                let tagEnd = endOfTag(input, from: index + 1)
                let name = inertName(input, at: index + 1)
                if let name, tagEnd < count, input[tagEnd - 2] != 0x2F {
                    if name == svg { depth += 1; index = tagEnd } else { index = closingTag(input, name: name, from: tagEnd) }
                } else {
                    index = tagEnd
                }
            } else {
                index += 1
            }
        }
        return count
    }

    /// Whether `<!--` begins at `index`.
    static func startsComment(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 3 < input.count && input[index + 1] == 0x21 && input[index + 2] == 0x2D && input[index + 3] == 0x2D
    }

    /// The offset just past the `-->` that ends a comment whose text starts at `from`.
    static func endOfComment(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var index = from
        while index + 2 < input.count {
            if input[index] == 0x2D, input[index + 1] == 0x2D, input[index + 2] == 0x3E { return index + 3 }
            index += 1
        }
        return input.count
    }

    /// Whether the byte is HTML white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
