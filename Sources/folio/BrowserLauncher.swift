#if canImport(Glibc)
import Glibc
#endif
import Fetching

/// Runs the user's browser on a URL: `$BROWSER`, else `xdg-open`; an argv, never a shell.
enum BrowserLauncher {
    /// The browser's argv without the URL: `$BROWSER` split at spaces, else `xdg-open` when on the PATH.
    static func command(environment: [String: String]) -> [String]? {
        if let browser = environment["BROWSER"], !browser.isEmpty {
            // The BROWSER convention lists fallbacks separated by colons; the first is used.
            let first = browser.split(separator: ":").first.map(String.init) ?? browser
            let words = first.split(separator: " ").map(String.init)
            if !words.isEmpty { return words }
        }
        return which("xdg-open", path: environment["PATH"] ?? "/usr/bin:/bin").map { [$0] }
    }

    /// The full path of `program` in `path`, if it is there and executable.
    static func which(_ program: String, path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `argv` with the terminal as its stdin, stdout and stderr, and waits for it.
    /// Returns a message for the status line.
    static func run(_ argv: [String]) -> String {
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status = SpawnAttributes.with { posix_spawnp(&pid, argv[0], nil, &$0, cArguments, environ) }
        guard status == 0 else { return "Could not run \(argv[0]): \(String(cString: strerror(status)))" }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        let code = (exit >> 8) & 0xFF
        return code == 0 ? "Opened in \(argv[0])" : "\(argv[0]) exited with status \(code)"
    }
}
