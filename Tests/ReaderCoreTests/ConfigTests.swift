import ReaderCore
import Testing

/// The config file: its TOML, every setting, remaps that dispatch and show in the help, problems with their places.
@Suite struct ConfigTests {
    @Test func everySettingIsRead() throws {
        let (config, problems) = FolioConfig.read("""
        # a comment
        theme = "light"
        width = 64
        browser = 'w3m -o confirm_qq=false'
        mouse = false
        copy = true
        keep = 120

        [keys.reading]
        line-down = ["x", "Down"]   # j freed
        quit = "Q"

        [colors]
        link = { fg = "#ff8800", bg = "default", attrs = ["bold", "underline"] }
        heading = { fg = 196 }
        """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.themeName == "light")
        #expect(config.width == 64)
        #expect(config.browser == "w3m -o confirm_qq=false")
        #expect(!config.mouse && config.copy)
        #expect(config.keep == 120)
        #expect(config.keymaps[.reading].binding(for: .char("x"))?.operation == .lineDown)
        #expect(config.keymaps[.reading].binding(for: .char("j")) == nil)
        #expect(config.keymaps[.reading].binding(for: .char("Q"))?.operation == .quit)
        #expect(config.theme.look(.link) == Look(.rgb(0xFF, 0x88, 0x00), .terminalDefault, ["bold", "underline"]))
        #expect(config.theme.look(.heading)?.foreground == .indexed(196))
        #expect(config.theme.look(.message) == Theme.light.look(.message))
    }

    @Test func aRemappedKeyDispatchesAndShowsInTheHelpAndHints() throws {
        let (config, _) = FolioConfig.read("[keys.reading]\nline-down = [\"x\"]\nhelp = [\"F2\"]\n")
        var state = ReaderState(document: try TestArticles.bundledDocument(), size: ScreenSize(width: 40, height: 12),
                                keymaps: config.keymaps, options: config.readerOptions)
        _ = send(typed("4x"), to: &state)
        #expect(state.top == 1)
        _ = send(typed("j"), to: &state)
        #expect(state.message == "j: not a key here; F2 for help")
        #expect(HelpOverlay.lines(state.keymaps).contains { $0.keys == "x" && $0.help == "scroll down a line" })
        #expect(state.hints.contains("F2 help"))
    }

    @Test func problemsSayWhereAndWhatIsUsedInstead() {
        let (config, problems) = FolioConfig.read("""
        theme = "blue"
        width = 5
        bogus = 1
        keep = 0
        [keys.reading]
        quit = ["q", "ZZ"]
        line-down = ["j", "k"]
        fly = ["x"]
        [keys.nowhere]
        quit = ["q"]
        [colors]
        heading = { fg = "chartreuse" }
        link = { attrs = ["blink"] }
        """)
        #expect(problems.map { "\($0.line):\($0.column)" } == ["1:1", "2:1", "3:1", "4:1", "6:1", "7:1", "8:1", "10:1", "12:1", "13:1"])
        #expect(problems[3].message.hasPrefix("keep must be a number of articles per feed"))
        #expect(problems[4].message.hasPrefix("ZZ is not a key name"))
        #expect(problems[5].message.contains("bound twice in the reading view"))
        #expect(config == FolioConfig(), "every bad setting keeps its default")
    }

    @Test func syntaxErrorsHaveTheirLineAndColumnAndLeaveTheDefaults() {
        let cases: [(String, Int, Int)] = [
            ("width = 60\nbrowser = \"w3m", 2, 11),
            ("[[feeds]]", 1, 2),
            ("width = 60\nwidth = 70", 2, 1),
            ("width = 6.5", 1, 9),
            ("mouse = maybe", 1, 9),
        ]
        for (text, line, column) in cases {
            let (config, problems) = FolioConfig.read(text)
            #expect(problems.count == 1 && problems.first?.line == line && problems.first?.column == column, "\(text.debugDescription): \(problems)")
            #expect(config == FolioConfig())
        }
    }

    @Test func theShownFileReadsBackToTheSameConfigWithNoProblem() {
        for text in ["", "theme = \"light\"\nwidth = 90\nbrowser = \"lynx\"\ncopy = true\nkeep = 42\n[keys.list]\nclose = [\"Esc\", \"x\"]\n[colors]\ncode = { fg = \"#123456\", attrs = [\"italic\"] }\n"] {
            let config = FolioConfig.read(text).config
            let again = FolioConfig.read(config.fileText)
            #expect(again.problems.isEmpty, "\(again.problems)")
            #expect(again.config == config)
        }
    }

    @Test func colorsReadAsNamesNumbersAndRGBMappedToTheNearestOf256() {
        #expect(TerminalColor("bright-blue") == .indexed(12))
        #expect(TerminalColor("#ff8800")?.index256 == 208)
        #expect(TerminalColor("#808080")?.index256 == 244)
        #expect(TerminalColor("256") == nil)
        #expect(TerminalColor("#12345") == nil)
    }
}
