@testable import ArticleKit

/// `DisplayTitle.wordsFromFileName` and `DisplayTitle.shorten` as they were
/// before their byte and scalar paths (2026-11-29), frozen as the reference
/// for `DisplayTitleDifferentialTests`. Never edit.
enum OracleDisplayTitle {
    static func wordsFromFileName(_ path: String) -> String? {
        var name = Substring(path.split(separator: "/").last ?? "")
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = name[..<dot] }
        // Plain loops, not split/joined over [Substring]: those generic paths cost
        // runtime type lookups before the first screen.
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
        guard parts.contains(where: { $0.count >= 3 && $0.allSatisfy(\.isLetter) }) else { return nil }
        var letters = 0
        var characters = 0
        for part in parts {
            for character in part {
                characters += 1
                if character.isLetter { letters += 1 }
            }
        }
        guard letters * 2 >= characters else { return nil }
        let hashLike = parts.contains { part in
            part.count >= 8 && part.allSatisfy(\.isHexDigit) && part.contains(where: \.isNumber)
        }
        var words = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { words += " " }
            words += part
        }
        guard !hashLike, let clean = DisplayTitle.usable(words) else { return nil }
        return String(clean.prefix(1)).uppercased() + String(clean.dropFirst())
    }

    static func shorten(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
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
