import CNcursesw
import ReaderCore

/// How each ``Style`` looks: a color pair when colors are on, attributes always.
struct Palette {
    /// Attributes and color pair for one style.
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    /// The look of each style, in `Style.allCases` order (an array: a `[Style: Look]`
    /// made the runtime scan every conformance in the binary at start-up).
    private var looks: [(style: Style, look: Look)] = []

    /// Sets up a color pair per style of `theme` when `colors` is true; otherwise attributes only.
    init(colors: Bool, theme: Theme = .dark) {
        let bold = attr_t(cn_a_bold()), reverse = attr_t(cn_a_reverse()), underline = attr_t(cn_a_underline())
        let italic = attr_t(cn_a_italic()), dim = attr_t(cn_a_dim())
        // Monochrome looks: readable with attributes alone.
        let mono: [(Style, attr_t)] = [
            (.titleBar, reverse | bold), (.statusBar, reverse), (.heading, bold | underline),
            (.outlineFocused, reverse | bold), (.message, reverse | bold),
            (.helpKey, bold), (.helpBorder, bold),
            (.cursor, underline), (.highlight, reverse), (.highlightCursor, reverse | underline),
            (.selection, reverse | bold), (.listSelected, reverse), (.caret, reverse),
            (.searchMatch, bold | underline), (.searchCurrent, reverse | bold | underline),
            // Rich text: where a terminal lacks italic or dim, the text still reads as text.
            (.strong, bold), (.emphasis, italic), (.code, bold), (.link, underline), (.mark, dim),
            (.caption, italic | dim), (.tableHeader, bold),
        ]
        let named: [(String, attr_t)] = [("bold", bold), ("underline", underline), ("reverse", reverse), ("italic", italic), ("dim", dim)]
        let available = Int(cn_colors())
        // A colour the terminal lacks (a 256-colour index on an 8-colour terminal) falls back to its default.
        func number(_ color: TerminalColor) -> Int16 {
            guard let index = color.index256, index < available else { return -1 }
            return Int16(index)
        }
        for (index, style) in Style.allCases.enumerated() {
            if colors, let look = theme.look(style) {
                let pair = Int16(index + 1)
                init_pair(pair, number(look.foreground), number(look.background))
                var extra = attr_t(0)
                for name in look.attributes {
                    if let found = named.first(where: { $0.0 == name }) { extra |= found.1 }
                }
                looks.append((style, Look(attributes: extra, pair: pair)))
            } else {
                looks.append((style, Look(attributes: mono.first(where: { $0.0 == style })?.1 ?? 0, pair: 0)))
            }
        }
    }

    /// The look of `style`.
    func look(_ style: Style) -> Look {
        looks.first(where: { $0.style == style })?.look ?? Look(attributes: 0, pair: 0)
    }
}
