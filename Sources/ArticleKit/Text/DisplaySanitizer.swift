/// Makes untrusted text safe to draw: no control sequence ever reaches the terminal.
///
/// Every removed control is replaced by a visible placeholder, so nothing is
/// silently hidden from the reader:
/// - C0 controls U+0000–U+001F (except tab and newline) become their Unicode
///   Control Picture U+2400+n, e.g. NUL → "␀", BEL → "␇", ESC → "␛".
/// - DEL U+007F becomes "␡".
/// - An escape sequence is defused by its ESC alone: ESC becomes "␛" and the rest
///   of the sequence (`[31m`, `]52;c;…`) stays as plain printable text, with any
///   control inside it (the BEL ending an OSC, the ESC of `ESC \`) replaced too.
///   With no ESC left, nothing after it can act as a CSI, OSC, DCS, APC, PM or SOS.
/// - C1 controls U+0080–U+009F (including the 8-bit CSI U+009B) and the bidi
///   embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069
///   become a readable code point tag such as "⟨U+202E⟩".
/// - A tab becomes spaces up to the next tab stop (every 8 columns, counted in
///   display columns from the start of the text or its last newline), as a
///   terminal expands it. A newline is kept.
public enum DisplaySanitizer {
    /// Replaces controls, escape sequences and bidi overrides with visible placeholders.
    ///
    /// Returns the input unchanged (no copy) when there is nothing to clean.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        // Display columns since the last newline, for tab stops.
        var column = 0
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                let spaces = tabStop - column % tabStop
                out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: spaces))
                column += spaces
            } else if needsCleaning(scalar) {
                let shown = placeholder(for: scalar)
                out.append(contentsOf: shown.unicodeScalars)
                column += DisplayWidth.of(shown)
            } else {
                out.append(scalar)
                column = scalar == "\n" ? 0 : column + DisplayWidth.of(scalar)
            }
        }
        return String(out)
    }

    /// Whether `text` has anything ``clean(_:)`` would change.
    ///
    /// Scans the UTF-8 bytes: C0 controls but LF, DEL, C1 (C2 80–C2 9F) and
    /// the bidi controls (E2 80 AA–AE, E2 81 A6–A9).
    public static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let count = bytes.count
            var index = 0
            while index < count {
                // Skip eight bytes with no C0 control, DEL, C2 or E2.
                index = LineEndScan.nextFlagged(raw, from: index, count: count) { word in
                    LineEndScan.hasByte(below: 0x20, word) | LineEndScan.hasByte(0x7F, word)
                        | LineEndScan.hasByte(0xC2, word) | LineEndScan.hasByte(0xE2, word)
                }
                guard index < count else { break }
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x0A { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if index + 1 < count, bytes[index + 1] <= 0x9F { return true }
                } else if byte == 0xE2, index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether one scalar must not reach the terminal as it is.
    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x0A }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return isBidiControl(v)
    }

    /// The embedding, override and isolate controls that can reorder a line.
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Columns between tab stops.
    public static let tabStop = 8

    /// The visible text shown in place of a control scalar (a tab is expanded by ``clean(_:)``).
    static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        switch v {
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return "\u{2421}"
        default: return "⟨U+\(hex4(v))⟩"
        }
    }

    /// A code point as at least four upper-case hex digits.
    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
