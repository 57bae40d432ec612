/// Display width summed scalar by scalar, for text where that equals the
/// width summed grapheme cluster by grapheme cluster.
///
/// ``DisplayWidth/of(_:)-(Character)`` gives a cluster the width of its first
/// scalar that is not zero-width (two when a width-1 base carries VS16). So
/// the two sums agree whenever no cluster holds two scalars of nonzero width
/// and no cluster holds U+FE0F. A scalar is *simple* when it can never make
/// that happen: it is not U+FE0F or ZWJ (emoji sequences), not a regional
/// indicator or emoji modifier, not a Hangul jamo, not a Prepend character,
/// not a spacing mark (`Mc`, or Thai/Lao AM, half-width voiced marks) and not
/// a virama (Indic conjuncts join consonants into one cluster). Any other
/// scalar that joins the cluster before it is zero-width, so in text of
/// simple scalars each cluster has exactly one scalar that counts.
enum SimpleScalars {
    /// The width of `scalar` when it is simple, else `nil`.
    @inline(__always)
    static func width(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v < 0x300 { return DisplayWidth.of(scalar) }
        switch v {
        case 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
            // CJK punctuation, kana, ideographs, Hangul syllables, full-width forms: always two columns
            return 2
        case 0x2010...0x2027, 0x2030...0x205E:  // dashes, quotes, ellipsis, primes and other punctuation
            return 1
        default:
            return isSimple(scalar) ? DisplayWidth.of(scalar) : nil
        }
    }

    /// Whether a scalar at or above U+0300 is simple (see the type's summary).
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:  // Hangul jamo (L, V, T)
            return false
        case 0x200D, 0xFE0F, 0x0E33, 0x0EB3, 0xFF9E, 0xFF9F, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF:
            return false
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x113D1, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:  // Prepend
            return false
        default:
            let properties = scalar.properties
            return properties.generalCategory != .spacingMark && properties.canonicalCombiningClass != .virama
        }
    }

    /// The summed width of the scalars in `bytes` (valid UTF-8, as a string's
    /// storage is), or `nil` as soon as one is not simple.
    ///
    /// Once the sum passes `limit` it returns the sum so far: every cluster of
    /// those scalars is at least as wide as they sum to (each counts only its
    /// first scalar, simple ones joining it are zero-width), so the whole
    /// text's width, by either path, is above `limit` too.
    ///
    /// A run of printable ASCII counts up to eight bytes at once (so the sum may pass
    /// `limit` by up to seven), and CJK ideographs and common punctuation skip the
    /// general lookup.
    static func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, stoppingAbove limit: Int = .max) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var total = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, base[index] < 0x80 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let printable = LineEndScan.printableBytes(atStartOf: word)
                if printable > 0 {
                    total += printable
                    index += printable
                    if total > limit { return total }
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead >= 0x20 && lead < 0x7F {
                    total += 1
                    if total > limit { return total }
                }
                index += 1
                continue
            }
            if isIdeographLead(base, at: index) {  // a run of ideographs, two columns each
                repeat {
                    total += 2
                    index += 3
                    if total > limit { return total }
                } while index < count && isIdeographLead(base, at: index)
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            index += length
            if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3000 && value <= 0x3029) {  // ideographs, CJK punctuation
                total += 2
            } else if (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E) {  // quotes, dashes, …
                total += 1
            } else {
                guard let width = width(ofValue: value) else { return nil }
                total += width
            }
            if total > limit { return total }
        }
        return total
    }

    /// Whether the valid UTF-8 at `index` starts U+4000–U+4DBF or U+4E00–U+9FFF (ideographs,
    /// two columns): a lead byte E5–E9, or E4 not followed by B7 (U+4DC0–U+4DFF are hexagram symbols).
    @inline(__always)
    static func isIdeographLead(_ base: UnsafePointer<UInt8>, at index: Int) -> Bool {
        let lead = base[index]
        return lead &- 0xE4 <= 5 && (lead != 0xE4 || base[index + 1] != 0xB7)
    }

    /// ``width(_:)`` of a scalar value, kept out of line so that the byte loop
    /// above does not set up the property lookups on every call.
    @inline(never)
    static func width(ofValue value: UInt32) -> Int? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return width(scalar)
    }

    /// The summed width of `scalars`, or `nil` as soon as one is not simple.
    static func width(of scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var total = 0
        for scalar in scalars {
            guard let width = width(scalar) else { return nil }
            total += width
        }
        return total
    }
}
