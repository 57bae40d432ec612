/// Chooses a title to show for an article, never empty and never a hash-like file name.
///
/// In order: the article's title; the file name when it looks like words
/// ("china-and-russia.txt" → "China and russia"); the lead's first sentence,
/// shortened at a word boundary to about 60 columns with "…"; the first
/// heading; "Untitled article". The result is sanitized and on one line.
public enum DisplayTitle {
    /// The longest title made from the lead's first sentence, in columns.
    public static let maxColumns = 60

    /// A title for `document`, read from the file at `path` (or `nil` for stdin).
    public static func make(for document: Document, path: String?) -> String {
        if let title = document.metadata.title, let clean = usable(title) { return clean }
        if let path, !isURL(path), let name = wordsFromFileName(path) { return name }
        let lead = document.sections[0]
        if let first = lead.body.first, let sentence = usable(firstSentence(of: document.blocks[first].text)) {
            return shorten(sentence, to: maxColumns)
        }
        if let heading = document.headedSections.first.flatMap(document.heading(of:)), let clean = usable(heading) {
            return shorten(clean, to: maxColumns)
        }
        return "Untitled article"
    }

    /// Whether `path` holds "://" (a URL, whose last part is not a file name).
    static func isURL(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0x3A && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F {
            return true
        }
        return false
    }

    /// The text sanitized and trimmed, or `nil` when nothing visible is left.
    static func usable(_ text: String) -> String? {
        let clean = DisplaySanitizer.clean(text).replacingNewlines()
        let trimmed = LineSplitter.trim(Substring(clean))
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// A readable title from a file name, or `nil` when the name is not words.
    ///
    /// The name (without folder and extension) is split at `-`, `_`, `.` and
    /// spaces. It reads as words when it has a part of three or more letters,
    /// letters make up at least half of its characters, and no part is
    /// hash-like (eight or more characters of hex digits with a digit).
    public static func wordsFromFileName(_ path: String) -> String? {
        // "/" and "." are ASCII: found among the UTF-8 bytes, with no generic split (which
        // costs runtime type lookups before the first screen).
        var name = Substring(path)
        if let slash = name.utf8.lastIndex(of: 0x2F) { name = name[name.utf8.index(after: slash)...] }
        if let dot = name.utf8.lastIndex(of: 0x2E), dot > name.startIndex { name = name[..<dot] }
        guard asciiNameVerdict(name) ?? nameVerdict(name) else { return nil }
        // The parts joined by single spaces; the separators are ASCII bytes too.
        var words: [UInt8] = []
        var space = false
        for byte in name.utf8 {
            if isSeparator(byte) { space = !words.isEmpty; continue }
            if space { words.append(0x20); space = false }
            words.append(byte)
        }
        guard let clean = usable(String(decoding: words, as: UTF8.self)) else { return nil }
        if let first = clean.utf8.first, first >= 0x61, first <= 0x7A {
            // An ASCII letter: upper-cased in place, without Unicode's case tables.
            var bytes = Array(clean.utf8)
            bytes[0] = first - 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(clean.prefix(1)).uppercased() + String(clean.dropFirst())
    }

    /// Whether a byte separates the parts of a file name: `-`, `_`, `.` or a space.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x20
    }

    /// Whether a name (of any characters) can read as words; ``asciiNameVerdict(_:)`` is the
    /// same rule on bytes for ASCII names, which are nearly all.
    static func nameVerdict(_ name: Substring) -> Bool {
        var parts: [String] = []
        var part = ""
        for character in name {
            if character == "-" || character == "_" || character == "." || character == " " {
                if !part.isEmpty { parts.append(part) }
                part = ""
            } else {
                part.append(character)
            }
        }
        if !part.isEmpty { parts.append(part) }
        guard parts.contains(where: { $0.count >= 3 && $0.allSatisfy(\.isLetter) }) else { return false }
        var letters = 0
        var characters = 0
        for part in parts {
            for character in part {
                characters += 1
                if character.isLetter { letters += 1 }
            }
        }
        guard letters * 2 >= characters else { return false }
        return !parts.contains { part in
            part.count >= 8 && part.allSatisfy(\.isHexDigit) && part.contains(where: \.isNumber)
        }
    }

    /// For a name of ASCII without CR (each byte a character), whether it can read
    /// as words: a part of three or more letters, letters at least half of the
    /// characters, no hash-like part; `nil` for any other name. Byte tests, where
    /// `Character.isLetter` and friends cost a table lookup per character.
    static func asciiNameVerdict(_ name: Substring) -> Bool? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0, characters = 0
            var wordLike = false, hashLike = false
            var partLength = 0, partLetters = 0, partHex = 0, partDigits = 0
            func endPart() {
                if partLength >= 3 && partLetters == partLength { wordLike = true }
                if partLength >= 8 && partHex == partLength && partDigits > 0 { hashLike = true }
                partLength = 0; partLetters = 0; partHex = 0; partDigits = 0
            }
            for byte in bytes {
                if byte >= 0x80 || byte == 0x0D { return nil }
                if isSeparator(byte) { endPart(); continue }
                let lower = byte | 0x20
                let letter = lower >= 0x61 && lower <= 0x7A
                let digit = byte >= 0x30 && byte <= 0x39
                characters += 1; partLength += 1
                if letter { letters += 1; partLetters += 1 }
                if digit { partDigits += 1 }
                if digit || (lower >= 0x61 && lower <= 0x66) { partHex += 1 }
            }
            endPart()
            return wordLike && letters * 2 >= characters && !hashLike
        } ?? nil
    }

    /// The first sentence of a paragraph (the whole paragraph when it is one sentence).
    static func firstSentence(of paragraph: String) -> String {
        let text = Substring(paragraph)
        guard let end = SentenceRules.firstSentenceEnd(in: text) else { return String(text.prefix(400)) }
        return String(text[..<end])
    }

    /// `text` cut at a word boundary to at most `columns` columns, ending in "…" when cut.
    public static func shorten(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        if SingleScalarClusters.holdsOnly(text) { return shortenScalars(text, to: columns) }
        var kept = ""
        var width = 0
        var lastSpace: String.Index?
        for character in text {
            let w = DisplayWidth.of(character)
            if width + w > columns - 1 { break }
            if character == " " { lastSpace = kept.endIndex }
            kept.append(character)
            width += w
        }
        if let lastSpace, kept.distance(from: kept.startIndex, to: lastSpace) > kept.count / 2 {
            kept = String(kept[..<lastSpace])
        }
        while let last = kept.last, last == " " || ",;:-–—".contains(last) { kept.removeLast() }
        return kept + "…"
    }
}

extension DisplayTitle {
    /// ``shorten(_:to:)`` for text whose every scalar is a character of its own:
    /// the same cut, found scalar by scalar and sliced once.
    static func shortenScalars(_ text: String, to columns: Int) -> String {
        let scalars = text.unicodeScalars
        var width = 0
        var kept = 0
        var end = scalars.startIndex
        var lastSpace: (index: String.Index, kept: Int)?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let w = DisplayWidth.of(scalar)
            if width + w > columns - 1 { break }
            if scalar == " " { lastSpace = (index, kept) }
            kept += 1
            width += w
            index = scalars.index(after: index)
            end = index
        }
        var cut = text[..<end]
        if let lastSpace, lastSpace.kept > kept / 2 { cut = text[..<lastSpace.index] }
        while let last = cut.last, last == " " || ",;:-–—".contains(last) { cut.removeLast() }
        return String(cut) + "…"
    }
}

extension String {
    /// The string with each newline replaced by a space.
    func replacingNewlines() -> String {
        mayHoldNewline && contains(where: \.isNewline) ? String(map { $0.isNewline ? " " : $0 }) : self
    }

    /// False when no byte can start a newline (LF, VT, FF, CR, NEL, LS, PS), which
    /// always form characters of their own; a byte scan, not a walk by characters.
    var mayHoldNewline: Bool {
        utf8.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }
    }
}
