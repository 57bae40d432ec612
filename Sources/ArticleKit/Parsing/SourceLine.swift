/// One non-blank input line, trimmed, as a range of the text's bytes, with its place among
/// blank-separated blocks.
struct SourceLine {
    /// Index of the block (run of non-blank lines between blank lines) it belongs to.
    var block: Int
    /// Display columns, exact up to ``measuredWidth``; above it only known to be above it.
    ///
    /// Every rule compares widths with limits of at most 160 columns, so the
    /// measuring stops there; lines over ``longLineBytes`` bytes count as ``long``.
    var width: Int
    /// The UTF-8 bytes of the line, valid only while ``ArticleParser`` holds the text's storage.
    var bytes: UnsafeBufferPointer<UInt8>
    /// Whether every byte is ASCII (a line never holds CR or LF, so each byte is one `Character`).
    var isASCII: Bool
    /// Whether every byte is printable ASCII (0x20 to 0x7E), so ``width`` is the byte count.
    var isPrintableASCII: Bool

    /// Lines longer than this (in UTF-8 bytes) are never titles, headings or sources.
    static let longLineBytes = 1_024
    /// The width given to lines too long to be worth measuring.
    static let long = 100_000
    /// The widest line the rules need an exact width for.
    static let measuredWidth = 160

    /// A line whose bytes are `bytes`; `width` is given (as the byte count) for a line of printable ASCII.
    init(block: Int, bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, width: Int?) {
        self.block = block
        self.bytes = bytes
        self.isASCII = isASCII
        self.isPrintableASCII = width != nil
        if bytes.count > Self.longLineBytes {
            self.width = Self.long
        } else if let width {
            self.width = width
        } else {
            self.width = SimpleScalars.width(ofUTF8: bytes, stoppingAbove: Self.measuredWidth) ?? DisplayWidth.clusterWidth(Substring(
                TextDecoding.string(validUTF8: bytes, isASCII: isASCII)))
        }
    }

    /// The line without surrounding whitespace, for the `Character`-based rules: a new
    /// string each time (the parse keeps bytes only), so byte rules come first.
    var text: Substring { Substring(string) }

    /// The text as a new string, copied from ``bytes`` without a second UTF-8 check.
    var string: String { TextDecoding.string(validUTF8: bytes, isASCII: isASCII) }

    /// Whether this line is short enough for the rules that look at words.
    var isShort: Bool { width <= 160 }
}
