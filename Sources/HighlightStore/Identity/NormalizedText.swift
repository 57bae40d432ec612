import ArticleKit

/// Streams the normalized form of a text that ``TextFingerprint`` hashes.
///
/// The normalized form is: the text in NFC, split into lines at every newline
/// character (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029), each line split into
/// words at white space characters, words joined by one space, lines without
/// words dropped, lines joined by LF. Newline characters are grapheme breaks
/// on both sides and never compose, so lines can be cut at the scalar level and
/// normalized one at a time. An ASCII line is already NFC and its characters
/// are its bytes; any other line goes through the standard library's NFC.
/// Either is then split at white space scalars when that equals splitting its
/// characters, else by `Character.isWhitespace`.
enum NormalizedText {
    /// Calls `sink` with the normalized text of `text`, piece by piece.
    static func write(_ text: String, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        write(lines: CollectionOfOne(text), to: sink)
    }

    /// Calls `sink` with the normalized text of `texts` joined by newlines, piece by piece.
    static func write(lines texts: some Sequence<String>, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = Writer(sink: sink)
            defer { writer.flush() }
            for text in texts { write(text, into: &writer) }
        }
    }

    /// Feeds the lines of one text to `writer`.
    private static func write(_ text: String, into writer: inout Writer) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var lineStart = 0
            var ascii = true
            var index = 0
            while index < count {
                let byte = bytes[index]
                var newlineLength = 0
                if byte < 0x80 {
                    if byte >= 0x0A && byte <= 0x0D { newlineLength = 1 }
                } else {
                    ascii = false
                    if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 {
                        newlineLength = 2
                    } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                              bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        newlineLength = 3
                    }
                }
                if newlineLength == 0 {
                    index += 1
                    continue
                }
                writer.line(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), ascii: ascii)
                index += newlineLength
                lineStart = index
                ascii = true
            }
            writer.line(UnsafeBufferPointer(rebasing: bytes[lineStart..<count]), ascii: ascii)
        }
    }

    /// Joins words and lines with single separators as they arrive, handing them on in large pieces.
    private struct Writer {
        let sink: (UnsafeBufferPointer<UInt8>) -> Void
        var wroteLine = false
        var lineHasWords = false
        var pending: [UInt8] = []

        init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
            self.sink = sink
            pending.reserveCapacity(1 << 16)
        }

        /// Hands on what is waiting.
        mutating func flush() {
            pending.withUnsafeBufferPointer { sink($0) }
            pending.removeAll(keepingCapacity: true)
        }

        /// Writes the words of one line (without its newline).
        mutating func line(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
            lineHasWords = false
            if ascii {
                words(bytes)
            } else {
                let composed = String(decoding: bytes, as: UTF8.self)._nfcCodeUnits
                let split: Bool = composed.withUnsafeBufferPointer { bytes in
                    guard Self.splitsByScalars(bytes) else { return false }
                    words(bytes)
                    return true
                }
                if !split {
                    for piece in String(decoding: composed, as: UTF8.self).split(whereSeparator: \.isWhitespace) {
                        var text = String(piece)
                        text.withUTF8 { word($0) }
                    }
                }
            }
            if lineHasWords { wroteLine = true }
        }

        /// Whether splitting this NFC line at white space scalars is splitting it
        /// at white space `Character`s: every white space scalar is a character of
        /// its own when the scalars beside it cannot join it (ASCII, or
        /// ``SingleScalarClusters``: no extending, joining, spacing-mark or
        /// prepended scalars).
        static func splitsByScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var previous: UInt32 = 0x20
            var afterSpace = false
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if afterSpace, scalar >= 0x80, !SingleScalarClusters.contains(scalar) { return false }
                afterSpace = isSpace(scalar)
                if afterSpace, previous >= 0x80, !SingleScalarClusters.contains(previous) { return false }
                previous = scalar
                index += length
            }
            return true
        }

        /// Whether `scalar` is white space inside a line.
        static func isSpace(_ scalar: UInt32) -> Bool {
            scalar == 0x20 || scalar == 0x09 || (scalar >= 0x80 && SingleScalarClusters.isLineSpace(scalar))
        }

        /// Writes the runs of `bytes` between white space scalars as words.
        private mutating func words(_ bytes: UnsafeBufferPointer<UInt8>) {
            var wordStart = -1
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if Self.isSpace(scalar) {
                    if wordStart >= 0 { word(UnsafeBufferPointer(rebasing: bytes[wordStart..<index])) }
                    wordStart = -1
                } else if wordStart < 0 {
                    wordStart = index
                }
                index += length
            }
            if wordStart >= 0 { word(UnsafeBufferPointer(rebasing: bytes[wordStart..<bytes.count])) }
        }

        /// Writes one word, preceded by a space or, first on its line, a newline.
        private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) {
            if lineHasWords {
                separator(0x20)
            } else if wroteLine {
                separator(0x0A)
            }
            lineHasWords = true
            pending.append(contentsOf: bytes)
            if pending.count >= 1 << 16 { flush() }
        }

        private mutating func separator(_ byte: UInt8) {
            pending.append(byte)
        }
    }
}
