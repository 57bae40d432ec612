/// Where fetched pages are cached: an explicit folder, else the environment, else the XDG cache folder.
public enum CacheLocation {
    /// The pages folder: `explicit`, else `$FOLIO_CACHE`, else
    /// `$XDG_CACHE_HOME/folio/pages`, else `$HOME/.cache/folio/pages`.
    ///
    /// `FOLIO_CACHE` names the pages folder itself. Empty values count as unset;
    /// a relative `XDG_CACHE_HOME` is ignored, as the XDG Base Directory spec
    /// says. Nil when nothing applies (no `HOME` either): then nothing is cached.
    public static func resolve(explicit: String? = nil, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let folio = environment["FOLIO_CACHE"], !folio.isEmpty { return folio }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return join(xdg, "folio/pages") }
        if let home = environment["HOME"], !home.isEmpty { return join(home, ".cache/folio/pages") }
        return nil
    }

    /// `base` and `rest` joined with exactly one "/".
    static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }
}
