#if canImport(Glibc)
import Glibc
#endif

/// Where the store file lives: flag, then environment, then the XDG data folder.
public enum StoreLocation {
    /// The file name inside the data folder.
    public static let fileName = "highlights.jsonl"

    /// The store path: `--store`, else `$FOLIO_STORE`, else
    /// `$XDG_DATA_HOME/folio/highlights.jsonl`, else
    /// `~/.local/share/folio/highlights.jsonl`.
    ///
    /// Empty values count as unset; a relative `XDG_DATA_HOME` is ignored, as the
    /// XDG Base Directory spec says. `home` is used when `HOME` is unset.
    public static func resolve(
        flag: String?, environment: [String: String], home: @autoclosure () -> String = StoreLocation.accountHome()
    ) -> String {
        resolve(flag: flag, variable: { environment[$0] }, home: home())
    }

    /// The store path, reading the environment through `variable` (the process
    /// environment by default, without building a dictionary of it).
    public static func resolve(
        flag: String?, variable: (String) -> String? = StoreLocation.processVariable,
        home: @autoclosure () -> String = StoreLocation.accountHome()
    ) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let store = variable("FOLIO_STORE"), !store.isEmpty { return store }
        if let data = variable("XDG_DATA_HOME"), data.hasPrefix("/") {
            return join(data, "folio", fileName)
        }
        let base = variable("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? home()
        return join(base, ".local", "share", "folio", fileName)
    }

    /// One variable of the process environment.
    public static func processVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func join(_ parts: String...) -> String {
        var path = parts[0]
        for part in parts.dropFirst() {
            if !path.hasSuffix("/") { path += "/" }
            path += part
        }
        return path
    }

    /// The home folder from the user database, for when `HOME` is unset ("/" if unknown).
    public static func accountHome() -> String {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return "/" }
        let home = String(cString: directory)
        return home.isEmpty ? "/" : home
    }
}
