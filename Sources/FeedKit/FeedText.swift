import ArticleKit

/// Turning feed text into what the reader shows: plain titles, names, and ids for entries without one.
public enum FeedText {
    /// A title or name as plain text: tags of escaped HTML dropped, entities decoded,
    /// white space collapsed; `nil` when nothing is left.
    static func plain(_ text: String?) -> String? {
        guard var text else { return nil }
        if text.contains("<") { text = strippingTags(text) }
        let clean = HTMLEntities.collapsed(text)
        return clean.isEmpty ? nil : clean
    }

    /// The text of a title element as plain text: markup written inside it (xhtml, or
    /// naked tags) is read as its text; Atom 0.3's `mode="base64"` is decoded.
    static func plain(_ element: XMLElement?) -> String? {
        guard let element else { return nil }
        if element.attribute("mode") == "base64", let decoded = base64(element.text) { return plain(decoded) }
        return plain(element.allText)
    }

    /// The text `base64` encodes (standard alphabet, white space ignored), or `nil` when it is not Base64.
    static func base64(_ text: String) -> String? {
        var bits = 0, count = 0
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace && scalar != "=" {
            let value: Int
            switch scalar {
            case "A"..."Z": value = Int(scalar.value) - 65
            case "a"..."z": value = Int(scalar.value) - 71
            case "0"..."9": value = Int(scalar.value) + 4
            case "+": value = 62
            case "/": value = 63
            default: return nil
            }
            bits = bits << 6 | value
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8(bits >> count & 0xFF))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// HTML as the feed gives it (xhtml content flattened to its text); `nil` when blank.
    static func html(_ element: XMLElement?) -> String? {
        guard let element else { return nil }
        let text = element.attribute("type") == "xhtml" ? element.allText : element.text
        let trimmed = text.trimmingSpacesAndNewlines
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The words of an entry's HTML for a search index: tags (and script and style) dropped,
    /// entities decoded, white space collapsed. Cheaper than reading it as a document, and
    /// the same words.
    public static func words(ofHTML html: String) -> String {
        HTMLEntities.collapsed(strippingTags(html))
    }

    /// `text` without its tags, and without what `<script>` and `<style>` hold.
    static func strippingTags(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { rest = rest[open...].dropFirst(); continue }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            rest = rest[rest.index(after: close)...]
            out += " "
            for hidden in ["script", "style"] where tag.hasPrefix(hidden) && !tag.hasSuffix("/") {
                if let end = rest.firstRange(of: "</" + hidden) ?? rest.firstRange(of: "</" + hidden.uppercased()) {
                    rest = rest[end.upperBound...]
                    if let after = rest.firstIndex(of: ">") { rest = rest[rest.index(after: after)...] }
                } else {
                    rest = rest[rest.endIndex...]
                }
            }
        }
        return out + rest
    }

    /// A stable id for an entry that has none: from its link and title, the same on every fetch.
    static func derivedID(link: String?, title: String?) -> String? {
        guard link != nil || title != nil else { return nil }
        return "folio:" + String(SHA256.hex(Array(((link ?? "") + "\n" + (title ?? "")).utf8)).prefix(32))
    }
}
