#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling that always gives the user their terminal back.
///
/// Quit signals (INT, TERM, HUP, QUIT) only set a flag: the run loop sees it
/// (`get_wch` is interrupted, and times out at least every 250 ms), leaves
/// curses the normal way and then re-raises the signal. Crash signals restore
/// the saved terminal modes and write a precomputed reset sequence with
/// async-signal-safe calls only, then re-raise with the default action.
enum SignalGuard {
    nonisolated(unsafe) static var pending: sig_atomic_t = 0
    /// The saved terminal modes, in heap memory with room to spare: Swift 6.3
    /// lays out a global of the imported `termios` in 57 bytes while glibc's
    /// `tcgetattr` writes 60 (AddressSanitizer caught the overflow).
    nonisolated(unsafe) static let savedModes: UnsafeMutablePointer<termios> = {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: 256, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: 256)
        return raw.bindMemory(to: termios.self, capacity: 1)
    }()
    nonisolated(unsafe) static var haveSavedModes: sig_atomic_t = 0
    nonisolated(unsafe) static var resetBytes: UnsafeMutablePointer<UInt8>? = nil
    nonisolated(unsafe) static var resetCount: Int = 0

    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// The terminal, on a descriptor of its own: standard output is briefly
    /// pointed elsewhere while a screen is drawn (see ``OneWriteOutput``).
    nonisolated(unsafe) static var terminalFD: Int32 = STDOUT_FILENO

    /// Saves the terminal modes of `fd` so a crash handler can put them back.
    static func saveModes(of fd: Int32) {
        let own = dup(fd)
        if own >= 0 {
            _ = fcntl(own, F_SETFD, FD_CLOEXEC)
            terminalFD = own
        }
        if tcgetattr(terminalFD, savedModes) == 0 { haveSavedModes = 1 }
    }

    /// Keeps `bytes` (for example rmcup + cnorm + sgr0) to write on a crash.
    static func setResetSequence(_ bytes: [UInt8]) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        buffer.initialize(from: bytes, count: bytes.count)
        resetBytes = buffer
        resetCount = bytes.count
    }

    /// Installs the handlers; call before curses starts so curses keeps them.
    ///
    /// The signals are also unblocked: a parent may have started Folio with a
    /// blocked mask, and a blocked SIGTERM would leave the terminal raw forever.
    static func install() {
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in quitSignals + crashSignals { sigaddset(&handled, signal) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        for signal in quitSignals { set(signal, handler: noteQuitSignal, flags: 0) }
        for (index, signal) in crashSignals.enumerated() { previous[index] = set(signal, handler: restoreAndReraise, flags: 0) }
    }

    /// Puts every handler back to the default.
    static func uninstall() {
        for signal in quitSignals { Glibc.signal(signal, SIG_DFL) }
        for (index, signal) in crashSignals.enumerated() {
            _ = withUnsafePointer(to: &previous[index]) { sigaction(signal, $0, nil) }
        }
    }

    /// The quit signal that arrived, if any.
    static var pendingSignal: Int32? { pending == 0 ? nil : pending }

    /// Restores the terminal with async-signal-safe calls, then dies of `signal`.
    static func restoreTerminalNow() {
        if let bytes = resetBytes, resetCount > 0 { _ = write(terminalFD, bytes, resetCount) }
        if haveSavedModes != 0 { _ = tcsetattr(terminalFD, TCSAFLUSH, savedModes) }
    }

    /// The handlers that were in place before ours (the Swift runtime's crash
    /// reporter), in `crashSignals` order: six entries, not one per signal number
    /// (65 of them were 10 KB to set up before the first screen).
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: crashSignals.count)

    @discardableResult
    private static func set(_ signal: Int32, handler: @convention(c) (Int32) -> Void, flags: Int32) -> sigaction {
        var action = sigaction()
        var old = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, &old)
        return old
    }
}

/// Signal handler for quit signals: only records which one arrived.
private func noteQuitSignal(_ signal: Int32) {
    SignalGuard.pending = signal
}

/// Signal handler for crash signals: restores the terminal, then hands the
/// signal to the handler that was there before (the Swift runtime's crash
/// report, now printed on the normal screen) by re-raising it.
private func restoreAndReraise(_ signal: Int32) {
    SignalGuard.restoreTerminalNow()
    if let index = SignalGuard.crashSignals.firstIndex(of: signal) {
        _ = withUnsafePointer(to: &SignalGuard.previous[index]) { sigaction(signal, $0, nil) }
    } else {
        Glibc.signal(signal, SIG_DFL)
    }
    raise(signal)
}
