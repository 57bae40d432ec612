/// Display width in terminal columns: CJK and wide emoji two, combining marks zero.
public enum DisplayWidth {
    /// The number of columns one grapheme cluster takes (0, 1 or 2).
    ///
    /// The cluster takes the width of its first scalar that is not zero-width,
    /// so "e\u{301}" is 1 and an emoji ZWJ sequence is 2. A text-style base
    /// followed by VS16 (U+FE0F, emoji presentation) is 2. Control characters
    /// are 0: they are replaced by ``DisplaySanitizer`` before drawing.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let ascii = character.asciiValue {
            return (0x20..<0x7F).contains(ascii) ? 1 : 0
        }
        for scalar in scalars {
            let width = of(scalar)
            if width == 0 { continue }
            if width == 1 && scalars.contains("\u{FE0F}") { return 2 }
            return width
        }
        return 0
    }

    /// The number of columns a string takes.
    ///
    /// ASCII is counted byte by byte; text of simple scalars (``SimpleScalars``)
    /// scalar by scalar; anything else grapheme cluster by grapheme cluster.
    /// All three give the cluster-by-cluster result.
    public static func of(_ string: String) -> Int { width(string) }

    /// The number of columns a substring takes, like the `String` version.
    public static func of(_ string: Substring) -> Int { width(string) }

    /// The number of columns a string takes; the concrete overloads above call it
    /// specialized, so other modules never reach the generic version at run time
    /// (its associated-type lookups cost a runtime scan before the first screen).
    @inline(__always)
    static func width(_ string: some StringProtocol) -> Int {
        if let simple = string.utf8.withContiguousStorageIfAvailable({ SimpleScalars.width(ofUTF8: $0) }) {
            return simple ?? clusterWidth(string)
        }
        var asciiWidth = 0
        var allASCII = true
        for byte in string.utf8 {
            if byte >= 0x80 { allASCII = false; break }
            if byte >= 0x20 && byte < 0x7F { asciiWidth += 1 }
        }
        if allASCII { return asciiWidth }
        if let width = SimpleScalars.width(of: string.unicodeScalars) { return width }
        return clusterWidth(string)
    }

    /// The number of columns a string takes, summed grapheme cluster by grapheme cluster.
    static func clusterWidth(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// The width of one scalar on its own (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        if v < 0x300 { return v == 0xAD ? 0 : 1 }
        if (0x1160...0x11FF).contains(v) { return 0 } // Hangul medial vowels and final consonants join the syllable
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if WideRanges.contains(v) { return 2 }
        if properties.isEmojiPresentation { return 2 }
        return 1
    }
}
