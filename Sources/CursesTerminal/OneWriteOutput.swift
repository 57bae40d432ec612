#if canImport(Glibc)
import Glibc
#endif

/// Sends each screen update to the terminal in one `write`.
///
/// ncurses 6.4 flushes after every cursor movement, so one screen left in
/// dozens of small writes, each a system call and a wake-up of the terminal.
/// While ncurses draws, standard output is pointed at a pipe; then the pipe's
/// contents go to the terminal at once. The terminal is kept open on a
/// duplicate descriptor. SIGTSTP is held meanwhile, because ncurses' own
/// handler writes to standard output; so is SIGWINCH, because `doupdate` takes
/// in a pending size change by asking standard output for its size, and a pipe
/// has none: the change would be taken as "same size" and lost. An update that
/// could overflow the pipe (a very large screen) is drawn directly.
final class OneWriteOutput {
    private let terminal: Int32
    private let pipeRead: Int32
    private let pipeWrite: Int32
    private let capacity: Int
    /// Where the pipe is emptied into; malloc'd, not zero-filled, so only the
    /// pages a screen's bytes land on are ever touched (each fresh page is a fault).
    private var buffer: UnsafeMutableRawPointer
    private var bufferSize = 1 << 16
    /// Linux's fcntl commands for a pipe's size (not exported to Swift without _GNU_SOURCE).
    private static let setPipeSize: Int32 = 1031, getPipeSize: Int32 = 1032

    /// Prepares the pipe; `nil` when a descriptor cannot be had (then draw directly).
    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let terminal = dup(STDOUT_FILENO)
        guard terminal >= 0 else {
            close(ends[0]); close(ends[1])
            return nil
        }
        _ = fcntl(terminal, F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(ends[1], Self.setPipeSize, 1 << 20)
        self.terminal = terminal
        self.pipeRead = ends[0]
        self.pipeWrite = ends[1]
        self.capacity = Int(fcntl(ends[1], Self.getPipeSize))
        self.buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        buffer.deallocate()
        close(pipeRead)
        close(pipeWrite)
        close(terminal)
    }

    /// The most bytes ncurses could write for `cells` changed cells: a cursor
    /// move, attributes and up to five scalars each, plus room for the rest.
    static func bound(cells: Int) -> Int { cells * 64 + 8_192 }

    /// Runs `draw` (which ends in `doupdate`) with its output collected, then writes it.
    ///
    /// Not after `endwin` (Ctrl-Z): that update first sets the terminal's modes
    /// on standard output, which must then be the terminal. Call with
    /// `suspended` true in that case, and `draw` runs directly.
    func run(changedCells: Int, suspended: Bool, _ draw: () -> Void) {
        guard !suspended, Self.bound(cells: changedCells) < capacity else {
            draw()
            return
        }
        var hold = sigset_t()
        var previous = sigset_t()
        sigemptyset(&hold)
        sigaddset(&hold, SIGTSTP)
        sigaddset(&hold, SIGWINCH)
        sigprocmask(SIG_BLOCK, &hold, &previous)
        dup2(pipeWrite, STDOUT_FILENO)
        draw()
        dup2(terminal, STDOUT_FILENO)
        sigprocmask(SIG_SETMASK, &previous, nil)
        forward()
    }

    /// Moves everything in the pipe to the terminal.
    private func forward() {
        var filled = 0
        while true {
            if filled == bufferSize {
                let larger = UnsafeMutableRawPointer.allocate(byteCount: bufferSize * 2, alignment: 16)
                larger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = larger
                bufferSize *= 2
            }
            let count = read(pipeRead, buffer + filled, bufferSize - filled)
            if count > 0 {
                filled += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        var sent = 0
        while sent < filled {
            let count = write(terminal, buffer + sent, filled - sent)
            if count > 0 {
                sent += count
            } else if count < 0 && (errno == EINTR || errno == EAGAIN) {
                continue
            } else {
                break
            }
        }
    }
}
