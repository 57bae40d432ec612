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

    /// Sets up color pairs when `colors` is true; otherwise attributes only.
    init(colors: Bool) {
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
        // Color looks: foreground, background (-1 is the terminal's default), extra attributes.
        let colored: [(Style, (Int16, Int16, attr_t))] = [
            (.titleBar, (Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold)),
            (.statusBar, (Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0)),
            (.heading, (Int16(COLOR_YELLOW), -1, bold)),
            (.outlineFocused, (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold)),
            (.separator, (Int16(COLOR_BLUE), -1, 0)),
            (.message, (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold)),
            (.helpBorder, (Int16(COLOR_CYAN), -1, bold)),
            (.helpKey, (Int16(COLOR_YELLOW), -1, bold)),
            (.highlight, (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), 0)),
            (.highlightCursor, (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), underline)),
            (.selection, (Int16(COLOR_WHITE), Int16(COLOR_MAGENTA), bold)),
            (.listSelected, (Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0)),
            (.searchMatch, (Int16(COLOR_BLACK), Int16(COLOR_GREEN), 0)),
            (.searchCurrent, (Int16(COLOR_BLACK), Int16(COLOR_GREEN), bold | underline)),
            (.strong, (-1, -1, bold)),
            (.emphasis, (-1, -1, italic)),
            (.code, (Int16(COLOR_GREEN), -1, 0)),
            (.link, (Int16(COLOR_CYAN), -1, underline)),
            (.mark, (Int16(COLOR_BLUE), -1, bold)),
            (.caption, (Int16(COLOR_MAGENTA), -1, italic)),
            (.tableHeader, (-1, -1, bold | underline)),
        ]
        for (index, style) in Style.allCases.enumerated() {
            if colors, let (fg, bg, extra) = colored.first(where: { $0.0 == style })?.1 {
                let pair = Int16(index + 1)
                init_pair(pair, fg, bg)
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
