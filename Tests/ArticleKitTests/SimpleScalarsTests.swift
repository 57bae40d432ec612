import Testing
@testable import ArticleKit

/// The scalar-by-scalar width path against the grapheme-cluster path.
struct SimpleScalarsTests {
    typealias SplitMix = ParserRobustnessTests.SplitMix

    /// The width cluster by cluster, as the grapheme-cluster path computes it.
    static func clusterWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Every scalar: a simple one has its own width, at most its UTF-8 length,
    /// is zero-width when it joins the cluster before it, and never joins the one after.
    @Test func everySimpleScalarKeepsItsClusterWidth() {
        var broken: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let width = SimpleScalars.width(scalar) else { continue }
            var after = "a"
            after.unicodeScalars.append(scalar)
            var before = ""
            before.unicodeScalars.append(scalar)
            before += "a"
            if width != DisplayWidth.of(scalar) || width > String(scalar).utf8.count
                || (after.count == 1 && width != 0) || before.count == 1 {
                broken.append(String(value, radix: 16))
            }
        }
        #expect(broken.isEmpty, "scalars: \(broken.prefix(20))")
    }

    /// Pieces of text that stress grapheme breaking and width.
    static let pieces: [String] = [
        "a", "Z", " ", "7", ".", "?", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{AD}", "\u{A0}",
        "é", "e\u{301}", "\u{301}", "\u{20DD}", "a\u{308}\u{301}", "ß", "Ω", "σ", "ж", "\u{483}", "א", "\u{5B0}", "ع", "\u{64B}",
        "\u{600}", "\u{600}1", "\u{D4E}", "\u{D4E}\u{D15}", "\u{110BD}", "क", "\u{94D}", "क्ष", "क्\u{200D}ष", "\u{93E}", "\u{903}", "ি",
        "ไ", "\u{E31}", "\u{E33}", "ກ\u{EB3}", "漢", "字", "、", "。", "？", "東京", "ｱ", "\u{FF9E}", "ガ", "カ\u{3099}", "\u{302E}",
        "한", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{1100}\u{1161}\u{11A8}", "\u{A960}", "\u{D7B0}", "\u{D7CB}", "각\u{11A8}",
        "😀", "👍", "\u{1F3FD}", "👍🏽", "👨‍👩‍👧", "\u{200D}", "\u{200C}", "\u{200B}", "\u{2060}", "\u{FEFF}", "🇬", "🇷", "🇬🇷", "🏳️‍🌈",
        "❤", "❤️", "\u{FE0F}", "\u{FE0E}", "☺\u{FE0E}", "#\u{FE0F}\u{20E3}", "1\u{FE0F}\u{20E3}", "\u{E0067}", "🏴\u{E0067}\u{E0062}\u{E007F}",
        "“", "”", "…", "—", "–", "‼", "⁉", "\u{2028}", "\u{202E}", "\u{2066}", "€", "™", "⌚", "⌛", "\u{1D165}", "\u{1D16E}",
        "\u{11000}", "\u{16FE4}", "\u{1F200}", "\u{20000}", "\u{E000}", "\u{F0000}", "\u{10FFFD}", "\u{378}", "\u{E0001}",
    ]

    /// Random strings of those pieces and random scalars, seeded.
    static func randomText(_ random: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 {
                let value = UInt32.random(in: [0x7F...0x3000, 0...0x10FFFF, 0x1F000...0x1FAFF].randomElement(using: &random)!, using: &random)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                text += pieces.randomElement(using: &random)!
            }
        }
        return text
    }

    @Test func randomTextHasTheClusterWidth() {
        for index in 0..<30_000 {
            let seed = 0x5749_4454_4800 &+ UInt64(index)  // "WIDTH"
            var random = SplitMix(state: seed)
            let text = Self.randomText(&random)
            let fast = DisplayWidth.of(text)
            let slow = Self.clusterWidth(text)
            #expect(fast == slow, "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) }) \(fast) != \(slow)")
            #expect(DisplayWidth.of(text.dropFirst()) == Self.clusterWidth(String(text.dropFirst())))
            if fast != slow { return }
        }
    }

    @Test func simpleTextTakesTheScalarPath() {
        #expect(SimpleScalars.width(of: "Café “naïve” — 東京 한국어 😀".unicodeScalars) == 29)
        #expect(SimpleScalars.width(of: "क्ष".unicodeScalars) == nil)
        #expect(SimpleScalars.width(of: "👍🏽".unicodeScalars) == nil)
        #expect(SimpleScalars.width(of: "❤️".unicodeScalars) == nil)
        #expect(SimpleScalars.width(of: "🇬🇷".unicodeScalars) == nil)
    }
}
