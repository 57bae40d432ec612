#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with `posix_spawn`: an argv and an environment, never a shell.
enum ChildSpawn {
    /// Starts `path` with stdin from /dev/null and the given write ends as
    /// descriptors 1 and 2. Signal dispositions and the signal mask are reset
    /// to defaults in the child. Returns the child's pid or the error.
    ///
    /// The write ends must be numbered 3 or higher (the caller's descriptors
    /// 0-2 are open), so `dup2` never meets a source it has already replaced.
    static func start(
        path: String, argv: [String], environment: [String], stdout: Int32, stderr: Int32
    ) -> Result<pid_t, FetchError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = SpawnAttributes.with { posix_spawn(&pid, path, &actions, &$0, cArguments, cEnvironment) }
        guard status == 0 else {
            if status == ENOENT { return .failure(.curlNotFound) }
            return .failure(.cannotRunCurl(reason: SystemError.text(status)))
        }
        return .success(pid)
    }
}
