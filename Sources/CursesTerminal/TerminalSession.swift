#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import CNcursesw
import ReaderCore

/// The curses terminal: starts and restores it, reads events, draws screens.
///
/// This is the only type that talks to ncurses. Everything it draws comes
/// from a ``Screen``; `doupdate` sends only the cells that changed.
public final class TerminalSession {
    private var screenPointer: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var palette = Palette(colors: false)
    private var running = false
    /// The screen last drawn, so the next one only touches cells that changed.
    private var shown: Screen?
    /// Collects each update for a single write (see ``OneWriteOutput``).
    private var output: OneWriteOutput?
    /// Whether mouse reports were asked for.
    private var wantsMouse = false
    /// Whether a screen has been drawn: the cursor is hidden and mouse reports turned
    /// on with the first one, and function keys decoded after it.
    private var started = false

    /// Starts curses on the terminal. Keys come from standard input, or from
    /// /dev/tty when standard input is a pipe. Throws before touching the screen.
    public init(colors wantColors: Bool, mouse: Bool = false, theme: Theme = .dark) throws(TerminalError) {
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty else { throw .unknownTerminal(nil) }
        if isatty(STDIN_FILENO) == 1 {
            input = fdopen(dup(STDIN_FILENO), "r")
        } else {
            input = fopen("/dev/tty", "r")
        }
        guard let input else { throw .noKeyboard }
        SignalGuard.saveModes(of: STDOUT_FILENO)
        SignalGuard.install()
        // Only the character type matters to curses (wide characters); reading
        // the other categories cost a dozen file lookups at start-up, and the
        // messages stay in one language whether they come before or after this.
        setlocale(LC_CTYPE, "")
        // Articles are UTF-8; under a C or POSIX locale ncursesw would drop every
        // non-ASCII character, so fall back to the built-in C.UTF-8 for the text.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let screen = newterm(term, cn_stdout(), input) else {
            fclose(input)
            SignalGuard.uninstall()
            throw .unknownTerminal(term)
        }
        // A terminal that cannot clear or address the cursor (dumb) cannot show
        // panes; it had nothing for newterm to send, and its modes go back as they were.
        guard cn_terminal_draws() == 1 else {
            endwin()
            delscreen(screen)
            SignalGuard.restoreTerminalNow()
            fclose(input)
            SignalGuard.uninstall()
            throw .unknownTerminal(term)
        }
        screenPointer = screen
        running = true
        SignalGuard.setResetSequence(Self.resetSequence())
        cbreak()
        noecho()
        nonl()
        set_escdelay(25)
        wtimeout(cn_stdscr(), 250)
        wantsMouse = mouse
        let colors = wantColors && has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        palette = Palette(colors: colors, theme: theme)
        output = OneWriteOutput()
    }

    /// Hides the cursor and turns mouse reports on. Sent with the first screen, in its
    /// one write (each of these otherwise flushes a write of its own before the text shows).
    private func sendScreenModes() {
        curs_set(0)
        if wantsMouse {
            // Reports in xterm's SGR form when the terminal description has it (kmous=\E[<);
            // shift-drag still selects for the terminal's own copy.
            mousemask(cn_mouse_wanted(), nil)
            mouseinterval(0)
        }
    }

    /// The terminal's size now.
    public var size: ScreenSize {
        ScreenSize(width: Int(cn_cols()), height: Int(cn_lines()))
    }

    /// The size the terminal on standard output reports, or `nil` when it reports none.
    public static func reportedSize() -> ScreenSize? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return ScreenSize(width: Int(size.ws_col), height: Int(size.ws_row))
    }

    /// Waits for the next key or resize; `nil` after a timeout or an interrupted wait.
    ///
    /// A size change curses has not taken in yet comes first. curses only looks
    /// at its SIGWINCH flag when a wait for a key ends empty, so a resize that
    /// lands while the reader is busy (loading, drawing) would otherwise wait for
    /// the next quiet 250 ms, and a key pressed meanwhile would be drawn at the old size.
    public func nextEvent() -> ReaderEvent? {
        if let reported = Self.reportedSize(), reported != size {
            // Queues KEY_RESIZE, which the read below returns before any key.
            resizeterm(Int32(reported.height), Int32(reported.width))
        }
        var code: wint_t = 0
        let result = wget_wch(cn_stdscr(), &code)
        if result == OK {
            return KeyDecoder.character(UInt32(code)).map { .key($0) }
        }
        if result == KEY_CODE_YES {
            if Int32(code) == KEY_RESIZE { return .resize(size) }
            if Int32(code) == cn_key_mouse() { return Self.mouseEvent().map { .mouse($0) } }
            return KeyDecoder.function(Int32(code)).map { .key($0) }
        }
        return nil
    }

    /// The mouse report curses has just decoded, if it is one the reader uses.
    private static func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kinds: [MouseEvent.Kind?] = [nil, .press, .release, .wheelUp, .wheelDown, .drag]
        let code = Int(cn_mouse_kind(event.bstate))
        guard kinds.indices.contains(code), let kind = kinds[code] else { return nil }
        return MouseEvent(kind, column: Int(event.x), row: Int(event.y))
    }

    /// The quit signal (INT, TERM, HUP, QUIT) that arrived, if any.
    public var pendingSignal: Int32? { SignalGuard.pendingSignal }

    /// Draws `screen`, sending only what changed.
    ///
    /// Only cells that differ from the last screen are put into the curses
    /// window (after a size change, the window is cleared and only non-blank
    /// cells are put); `doupdate` then sends only what differs on the terminal.
    /// Runs of printable ASCII go in with one `mvwadd_wchnstr` each (see
    /// ``ASCIIRun``); any other character goes in alone, at its own column, so a
    /// terminal library that measures a character differently cannot shift the
    /// rest of the row.
    public func present(_ screen: Screen) {
        let window = cn_stdscr()
        let diff = ScreenDiff(from: shown, to: screen)
        if diff.clearsFirst { werase(window) }
        let old = diff.clearsFirst ? nil : shown?.cells
        let width = screen.size.width
        var cell = cchar_t()
        var chars: [wchar_t] = Array(repeating: 0, count: 8)
        var run = ASCIIRun(capacity: width)
        var lastStyle = Style.normal
        var look = palette.look(.normal)
        var template = Self.template(look)
        var runRow = -1, nextColumn = -1
        // Where the window still holds a two-column character from the last
        // screen, cells go in one by one, as before: `wadd_wchnstr` blanks
        // what it takes for an orphaned half, and with two such characters
        // side by side it can blank one just drawn.
        var batchRow = -1, batch = true
        for index in diff.cells {
            let row = index / width, column = index % width
            if row != runRow || column != nextColumn { run.flush(into: window, row: runRow) }
            runRow = row
            nextColumn = column + 1
            if row != batchRow {
                batchRow = row
                batch = old.map { !Self.hasWideCharacter($0, row: row, width: width) } ?? true
            }
            let item = screen.cells[index]
            if item.style != lastStyle {
                lastStyle = item.style
                look = palette.look(item.style)
                template = Self.template(look)
            }
            if batch, item.code >= 0x20, item.code < 0x7F {
                run.append(template, byte: UInt8(item.code), column: column)
                continue
            }
            run.flush(into: window, row: row)
            // The bottom-right cell scrolls some terminals; curses refuses it, which is harmless.
            let count = Self.cellScalars(screen.character(of: item), into: &chars)
            chars[count] = 0
            setcchar(&cell, chars, look.attributes, look.pair, nil)
            mvwadd_wch(window, Int32(row), Int32(column), &cell)
        }
        run.flush(into: window, row: runRow)
        let changed = diff.cells.count
        wnoutrefresh(window)
        let sendModes = !started
        if let output {
            output.run(changedCells: changed, suspended: isendwin()) {
                if sendModes { self.sendScreenModes() }
                _ = doupdate()
            }
        } else {
            if sendModes { sendScreenModes() }
            doupdate()
        }
        shown = screen
        // Function keys are decoded from here on: building curses' table of their
        // sequences waits until the first screen is out (keys typed meanwhile wait
        // in the terminal's queue and are decoded as usual).
        if sendModes {
            keypad(cn_stdscr(), true)
            started = true
        }
    }

    /// A cell of `look` holding a space, made by `setcchar` so its attribute and
    /// color fields are encoded exactly as curses does; runs copy it and set the character.
    private static func template(_ look: Palette.Look) -> cchar_t {
        var cell = cchar_t()
        var chars: [wchar_t] = [0x20, 0]
        setcchar(&cell, &chars, look.attributes, look.pair, nil)
        return cell
    }

    /// Whether `row` of `cells` holds the second column of a two-column character.
    private static func hasWideCharacter(_ cells: [Cell], row: Int, width: Int) -> Bool {
        for column in 0..<width where cells[row * width + column].isContinuation { return true }
        return false
    }

    /// The scalars sent for one cell: the base and the zero-width marks after it.
    ///
    /// Terminals disagree about emoji joined with ZWJ, flags and skin tones:
    /// some draw them as one glyph, others as several. The screen model gives
    /// such a cluster two columns, so only its first glyph is sent and nothing
    /// after it can push the rest of the row sideways. Returns the count written.
    static func cellScalars(_ character: Character, into chars: inout [wchar_t]) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1 {
            // One byte, one scalar (the common case, without walking scalars).
            chars[0] = wchar_t(utf8.first!)
            return 1
        }
        var count = 0
        for scalar in character.unicodeScalars {
            if count > 0 {
                // Stop at a joiner or at a second spacing character (a joined emoji, a flag's second half).
                if scalar.value == 0x200D || DisplayWidth.of(scalar) > 0 { break }
            }
            chars[count] = wchar_t(bitPattern: scalar.value)
            count += 1
            if count == 5 { break }
        }
        return count
    }

    /// Gives the terminal back (normal screen, shell modes) while another program uses it.
    public func suspend() {
        guard running else { return }
        endwin()
    }

    /// Takes the terminal back after ``suspend()``; the next ``present(_:)`` redraws everything.
    public func resume() {
        guard running else { return }
        shown = nil
        werase(cn_stdscr())
        wnoutrefresh(cn_stdscr())
        doupdate()
    }

    /// Asks the terminal to put `text` on the clipboard (OSC 52).
    public func copyToClipboard(_ text: String) {
        let bytes = Clipboard.sequence(for: text)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Leaves curses and gives the terminal back as it was.
    public func close() {
        guard running else { return }
        running = false
        endwin()
        SignalGuard.restoreTerminalNow()
        if let screenPointer { delscreen(screenPointer) }
        if let input { fclose(input) }
        SignalGuard.uninstall()
    }

    deinit { close() }

    /// The bytes that leave the alternate screen, show the cursor and reset colors.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        let absent = UnsafeMutablePointer<CChar>(bitPattern: -1)
        for name in ["sgr0", "cnorm", "rmcup"] {
            if let value = tigetstr(name), value != absent {
                bytes += Array(String(cString: value).utf8)
            }
        }
        return bytes
    }
}
