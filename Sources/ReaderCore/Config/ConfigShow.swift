/// The effective configuration written out as a config file, every default included.
extension FolioConfig {
    /// A file that ``read(_:)`` reads back to this configuration with no problem.
    public var fileText: String {
        var text = """
        # Folio configuration (folio config show). Every setting is here with its value.
        theme = "\(themeName)"
        width = \(width)

        """
        text += browser.map { "browser = \(Self.quoted($0))\n" } ?? "# browser = \"w3m\"  (unset: $BROWSER, else xdg-open)\n"
        text += "mouse = \(mouse)\ncopy = \(copy)\nkeep = \(keep)\n"
        for keymap in keymaps.views where !keymap.bindings.isEmpty {
            text += "\n[keys.\(keymap.kind.rawValue)]\n"
            for binding in keymap.bindings where !binding.keys.isEmpty && binding.keyLabel == nil {
                text += "\(binding.operation.rawValue) = [\(binding.keys.map { Self.quoted($0.label) }.joined(separator: ", "))]\n"
            }
        }
        text += "\n[colors]\n"
        for (style, look) in theme.looks {
            let attributes = look.attributes.map(Self.quoted).joined(separator: ", ")
            text += "\(style.rawValue) = { fg = \(Self.quoted(look.foreground.text)), bg = \(Self.quoted(look.background.text)), attrs = [\(attributes)] }\n"
        }
        return text
    }

    /// `text` as a TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
