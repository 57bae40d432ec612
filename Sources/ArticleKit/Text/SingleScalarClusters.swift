/// Scalars that are always a grapheme cluster (`Character`) of their own.
///
/// A scalar joins a neighbour in a cluster only if one of them extends
/// (Grapheme_Extend, ZWJ, SpacingMark), prepends, is a Hangul jamo, a regional
/// indicator, or they are CR LF. The ranges here hold none of those, and
/// neither does ASCII without CR (checked by tests over every scalar in them
/// against `Character`). So text made only of such scalars can be walked
/// scalar by scalar, with no grapheme breaking, and splitting it at white space
/// scalars is splitting it at white space characters.
public enum SingleScalarClusters {
    /// Whether every scalar of `text` is a cluster of its own: ASCII but CR, or ``contains(_:)``.
    ///
    /// Inlinable, so each caller gets a loop specialized for its string type
    /// (the generic one, called across modules, went through witness tables).
    @inlinable
    public static func holdsOnly(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x80 ? scalar.value != 0x0D : contains(scalar.value)
        }
    }

    /// Whether the non-ASCII `scalar` is in the ranges of letters, punctuation
    /// and symbols that never join a neighbour: Latin-1 supplement to spacing
    /// modifiers, Greek, Cyrillic letters (not its combining marks), dashes,
    /// quotes, bullets and primes, currency, letterlike, arrows, mathematical
    /// and technical signs, CJK punctuation (not its tone marks), kana (not
    /// the voiced sound marks), CJK ideographs, Hangul syllables, full-width
    /// and half-width forms (not the half-width voiced marks). A switch, not a
    /// table of ranges: no generic range types at start-up.
    public static func contains(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00A1...0x02FF, 0x0370...0x03FF, 0x0400...0x0482, 0x048A...0x052F, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20C0, 0x2100...0x214F, 0x2190...0x23FF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096,
             0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D:
            true
        default:
            false
        }
    }

    /// Whether `scalar` is white space that is not a line break (Unicode White_Space).
    public static func isLineSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
