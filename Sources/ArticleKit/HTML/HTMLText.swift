/// Page bytes as UTF-8, decoded the way the HTML reader decodes them: charset from the
/// HTTP header, a BOM or `<meta charset>`, valid UTF-8 winning over a wrong declaration.
public enum HTMLText {
    /// The UTF-8 bytes of a page whose HTTP header said `charset` (if it said one).
    static func utf8(_ bytes: [UInt8], charset: String?) -> [UInt8] {
        LegacyDecoding.utf8(bytes, charset: HTMLCharset.detect(bytes, transport: charset))
    }

    /// The same page as text.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        String(decoding: utf8(bytes, charset: charset), as: UTF8.self)
    }
}
