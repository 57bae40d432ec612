import Foundation
import Testing

/// A real terminal for one test: its own tmux server, one pane running a command.
///
/// Every session has a server of its own (`tmux -L <unique>`), killed when the
/// test ends, so tests run in parallel and never touch the user's tmux.
final class TmuxSession {
    let server = "folio-e2e-\(UUID().uuidString.prefix(8))"
    let folder: URL

    /// Starts `command` (run by sh) in a detached session of `width` x `height`.
    init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(server)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var env = ["FOLIO_STORE": folder.appendingPathComponent("store.jsonl").path, "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        // The test runner's own NO_COLOR must not decide how the reader draws.
        let unset = environment["NO_COLOR"] == nil ? "unset NO_COLOR; " : ""
        let exports = unset + env.map { "export \($0.key)='\($0.value)'; " }.joined()
        // remain-on-exit comes from the config file, so it holds even for a command that exits at once.
        let config = folder.appendingPathComponent("tmux.conf")
        // set-clipboard on: an OSC 52 that leaked through would land in a tmux buffer, where a test sees it.
        try "set-option -g remain-on-exit on\nset-option -g status off\nset-option -g set-clipboard on\n"
            .write(to: config, atomically: true, encoding: .utf8)
        // The sleep keeps the pane alive while tmux reads the last output: tmux
        // drops what it has not processed when the pane's process exits (a
        // known tmux behaviour, tmux/tmux#506), which lost lines under load.
        try tmux(["-f", config.path, "new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c",
                  exports + command + "\necho \"[pane-exit $?]\"; sleep 2"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs tmux against this session's server and returns its output.
    ///
    /// The command that starts the server must not capture output: the server
    /// would inherit the pipe and keep it open, so reading it would never end.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try ChildProcess.run(["tmux", "-L", server] + arguments).stdout
    }

    /// Types keys as tmux names them ("3", "Tab", "q", "Space").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// The screen's text rows now.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", "0"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A tmux format value for the pane, such as `#{pane_dead}`.
    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Changes the terminal's size.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen every 50 ms until `condition` holds, up to `seconds`; returns the last screen.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        try poll(what, seconds: seconds, capture: screen, until: condition, sourceLocation: sourceLocation)
    }

    /// Everything the pane printed, history included: text that scrolled off
    /// the top still counts (tmux scrolls a dead pane by a line for its notice).
    func transcript() throws -> [String] {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", "0"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Waits until the pane has shown `text` (screen or history); returns the transcript.
    @discardableResult
    func waitFor(text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try poll("'\(text)'", seconds: seconds, capture: transcript,
                 until: { $0.joined(separator: "\n").contains(text) }, sourceLocation: sourceLocation)
    }

    /// Captures every 50 ms until `condition` holds or `seconds` pass (then records an issue).
    private func poll(_ what: String, seconds: Double, capture: () throws -> [String],
                      until condition: ([String]) -> Bool, sourceLocation: SourceLocation) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var rows = try capture()
        while !condition(rows) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); pane:\n\(rows.joined(separator: "\n"))", sourceLocation: sourceLocation)
                return rows
            }
            Thread.sleep(forTimeInterval: 0.05)
            rows = try capture()
        }
        return rows
    }

    /// Waits for the command to finish and returns its exit status.
    ///
    /// The status comes from a line the wrapper shell prints, because tmux
    /// 3.3's `#{pane_dead_status}` is sometimes empty for a pane that exited 0.
    func waitForExit(seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        let rows = try waitFor(text: "[pane-exit ", seconds: seconds, sourceLocation: sourceLocation)
        guard let line = rows.last(where: { $0.contains("[pane-exit ") }),
              let start = line.range(of: "[pane-exit "), let end = line[start.upperBound...].firstIndex(of: "]")
        else { return nil }
        return Int(line[start.upperBound..<end])
    }
}

/// Where the built `folio` is: $FOLIO_BIN (the Makefile sets it), else the debug build.
enum FolioBinary {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String {
        if let path = ProcessInfo.processInfo.environment["FOLIO_BIN"], !path.isEmpty { return path }
        return root.appendingPathComponent(".build/debug/folio").path
    }

    static let article = root.appendingPathComponent("seeds/000_150ee73383b4e943.txt").path

    /// The command line that opens `file` (the bundled article by default), quoted for sh.
    static func command(_ arguments: String = "'\(article)'") -> String {
        "'\(path)' \(arguments)"
    }
}
