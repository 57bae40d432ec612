/// A terminal colour: the terminal's default, one of the 256 indexed colours, or an RGB value.
public enum TerminalColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 colour names, in their index order (`bright-` ones are 8-15).
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                               "bright-black", "bright-red", "bright-green", "bright-yellow",
                               "bright-blue", "bright-magenta", "bright-cyan", "bright-white"]

    /// Reads "default", a name, a number 0-255 or `#rrggbb`; `nil` when it is none of these.
    public init?(_ text: String) {
        let lower = text.lowercased()
        if lower == "default" { self = .terminalDefault; return }
        if let index = Self.names.firstIndex(of: lower) { self = .indexed(index); return }
        if let number = Int(lower), (0...255).contains(number) { self = .indexed(number); return }
        let hex = Array(lower.utf8)
        if hex.count == 7, hex[0] == UInt8(ascii: "#"), let value = UInt32(String(lower.dropFirst()), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The colour as a config file writes it.
    public var text: String {
        switch self {
        case .terminalDefault: "default"
        case .indexed(let index): index < 16 ? Self.names[index] : String(index)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The nearest of the 256 indexed colours (the 6x6x6 cube or the grey ramp), for an RGB value.
    public var index256: Int? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): return index
        case .rgb(let r, let g, let b):
            func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
            let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
            if r == g && g == b {
                let grey = Int(r)
                if grey > 8 && grey < 238 { return 232 + min(23, (grey - 8) / 10) }
            }
            return cube
        }
    }
}

/// How one style looks with colours: foreground, background and attributes.
public struct Look: Equatable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    /// Any of "bold", "underline", "reverse", "italic", "dim".
    public var attributes: [String]

    /// The attributes a config file may name.
    public static let attributeNames = ["bold", "underline", "reverse", "italic", "dim"]

    /// Creates a look.
    public init(_ foreground: TerminalColor, _ background: TerminalColor = .terminalDefault, _ attributes: [String] = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// The colours of every style: a built-in theme with the config's changes.
public struct Theme: Equatable, Sendable {
    /// The looks, one per style that has colours (the others keep the terminal's).
    public var looks: [(style: Style, look: Look)]

    /// The look of `style`, if the theme colours it.
    public func look(_ style: Style) -> Look? {
        looks.first { $0.style == style }?.look
    }

    /// Gives `style` the look `look`.
    public mutating func set(_ style: Style, _ look: Look) {
        if let index = looks.firstIndex(where: { $0.style == style }) { looks[index].look = look } else { looks.append((style, look)) }
    }

    public static func == (lhs: Theme, rhs: Theme) -> Bool {
        lhs.looks.map(\.style) == rhs.looks.map(\.style) && lhs.looks.map(\.look) == rhs.looks.map(\.look)
    }

    /// The built-in themes by name.
    public static func named(_ name: String) -> Theme? {
        switch name {
        case "dark": .dark
        case "light": .light
        default: nil
        }
    }

    /// Light text on a dark background (the default).
    public static let dark = Theme(looks: [
        (.titleBar, Look(.indexed(7), .indexed(4), ["bold"])),
        (.statusBar, Look(.indexed(0), .indexed(6))),
        (.heading, Look(.indexed(3), .terminalDefault, ["bold"])),
        (.outlineFocused, Look(.indexed(0), .indexed(3), ["bold"])),
        (.separator, Look(.indexed(4))),
        (.message, Look(.indexed(0), .indexed(3), ["bold"])),
        (.helpBorder, Look(.indexed(6), .terminalDefault, ["bold"])),
        (.helpKey, Look(.indexed(3), .terminalDefault, ["bold"])),
        (.highlight, Look(.indexed(0), .indexed(3))),
        (.highlightCursor, Look(.indexed(0), .indexed(3), ["underline"])),
        (.selection, Look(.indexed(7), .indexed(5), ["bold"])),
        (.listSelected, Look(.indexed(0), .indexed(6))),
        (.searchMatch, Look(.indexed(0), .indexed(2))),
        (.searchCurrent, Look(.indexed(0), .indexed(2), ["bold", "underline"])),
        (.strong, Look(.terminalDefault, .terminalDefault, ["bold"])),
        (.emphasis, Look(.terminalDefault, .terminalDefault, ["italic"])),
        (.code, Look(.indexed(2))),
        (.link, Look(.indexed(6), .terminalDefault, ["underline"])),
        (.mark, Look(.indexed(4), .terminalDefault, ["bold"])),
        (.caption, Look(.indexed(5), .terminalDefault, ["italic"])),
        (.tableHeader, Look(.terminalDefault, .terminalDefault, ["bold", "underline"])),
    ])

    /// Dark text on a light background: no yellow or cyan text, darker blues and greens.
    public static let light = Theme(looks: [
        (.titleBar, Look(.indexed(15), .indexed(4), ["bold"])),
        (.statusBar, Look(.indexed(15), .indexed(8))),
        (.heading, Look(.indexed(4), .terminalDefault, ["bold"])),
        (.outlineFocused, Look(.indexed(15), .indexed(4), ["bold"])),
        (.separator, Look(.indexed(8))),
        (.message, Look(.indexed(0), .indexed(11), ["bold"])),
        (.helpBorder, Look(.indexed(4), .terminalDefault, ["bold"])),
        (.helpKey, Look(.indexed(1), .terminalDefault, ["bold"])),
        (.highlight, Look(.indexed(0), .indexed(11))),
        (.highlightCursor, Look(.indexed(0), .indexed(11), ["underline"])),
        (.selection, Look(.indexed(15), .indexed(5), ["bold"])),
        (.listSelected, Look(.indexed(15), .indexed(4))),
        (.searchMatch, Look(.indexed(0), .indexed(10))),
        (.searchCurrent, Look(.indexed(0), .indexed(10), ["bold", "underline"])),
        (.strong, Look(.terminalDefault, .terminalDefault, ["bold"])),
        (.emphasis, Look(.terminalDefault, .terminalDefault, ["italic"])),
        (.code, Look(.indexed(22))),
        (.link, Look(.indexed(4), .terminalDefault, ["underline"])),
        (.mark, Look(.indexed(8), .terminalDefault, ["bold"])),
        (.caption, Look(.indexed(5), .terminalDefault, ["italic"])),
        (.tableHeader, Look(.terminalDefault, .terminalDefault, ["bold", "underline"])),
    ])
}
