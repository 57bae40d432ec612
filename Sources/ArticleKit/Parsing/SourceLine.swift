/// One non-blank input line, trimmed, as a range of the text's bytes, with its place among
/// blank-separated blocks.
struct SourceLine {
    /// Index of the block (run of non-blank lines between blank lines) it belongs to.
    var block: Int
    /// Display columns: exact up to ``measuredWidth`` for an inner line (one with
    /// another line of its block after it), exact up to ``loneWidth`` for any other
    /// line; above that only known to be above it.
    ///
    /// Every rule compares an inner line's width with limits of at most 160
    /// columns and any other line's with 60 (a heading alone in its block), so
    /// the measuring stops there; lines over ``longLineBytes`` bytes count as ``long``.
    /// A line of printable ASCII has its byte count from the start; others get
    /// theirs from ``measure(inner:)`` once the splitter sees the next line.
    var width: Int
    /// The UTF-8 bytes of the line, valid only while ``ArticleParser`` holds the text's storage.
    var bytes: UnsafeBufferPointer<UInt8>
    /// Whether every byte is ASCII (a line never holds CR or LF, so each byte is one `Character`).
    var isASCII: Bool
    /// Whether every byte is printable ASCII (0x20 to 0x7E), so ``width`` is the byte count.
    var isPrintableASCII: Bool
    /// A lower bound of the width known before measuring (its printable ASCII bytes and
    /// the ideographs the UTF-8 check counted, each a cluster at least one column wide).
    var minimumWidth: Int32

    /// Lines longer than this (in UTF-8 bytes) are never titles, headings or sources.
    static let longLineBytes = 1_024
    /// The width given to lines too long to be worth measuring.
    static let long = 100_000
    /// The widest inner line the rules need an exact width for.
    static let measuredWidth = 160
    /// The widest other line the rules need an exact width for.
    static let loneWidth = 60

    /// A line whose bytes are `bytes`; its width is its byte count for printable ASCII,
    /// else unmeasured until ``measure(inner:)``.
    init(block: Int, bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, isPrintableASCII: Bool, minimumWidth: Int = 0) {
        self.block = block
        self.bytes = bytes
        self.isASCII = isASCII
        self.isPrintableASCII = isPrintableASCII
        self.minimumWidth = Int32(clamping: minimumWidth)
        self.width = bytes.count > Self.longLineBytes ? Self.long : isPrintableASCII ? bytes.count : -1
    }

    /// Measures a line not yet measured, as far as an `inner` line or another line needs;
    /// a line whose ``minimumWidth`` is already above that needs no measuring.
    mutating func measure(inner: Bool) {
        guard width < 0 else { return }
        let limit = inner ? Self.measuredWidth : Self.loneWidth
        if Int(minimumWidth) > limit {
            width = Int(minimumWidth)
            return
        }
        width = SimpleScalars.width(ofUTF8: bytes, stoppingAbove: limit) ?? DisplayWidth.clusterWidth(text)
    }

    /// The line without surrounding whitespace, for the `Character`-based rules: a new
    /// string each time (the parse keeps bytes only), so byte rules come first.
    var text: Substring { Substring(string) }

    /// The text as a new string, copied from ``bytes`` without a second UTF-8 check.
    var string: String { TextDecoding.string(validUTF8: bytes, isASCII: isASCII) }
}
