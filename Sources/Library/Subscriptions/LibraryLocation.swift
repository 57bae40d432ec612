import HighlightStore

/// Where the feeds file and the library cache live (XDG, else the home folder).
public enum LibraryLocation {
    /// `$FOLIO_FEEDS`, else `$XDG_CONFIG_HOME/folio/feeds`, else `~/.config/folio/feeds`.
    public static func feedsFile(flag: String? = nil) -> String {
        if let flag { return flag }
        if let explicit = StoreLocation.processVariable("FOLIO_FEEDS"), !explicit.isEmpty { return explicit }
        if let config = StoreLocation.processVariable("XDG_CONFIG_HOME"), config.hasPrefix("/") { return config + "/folio/feeds" }
        return home() + "/.config/folio/feeds"
    }

    /// `$FOLIO_LIBRARY`, else `$XDG_CACHE_HOME/folio/library.sqlite`, else `~/.cache/folio/library.sqlite`.
    public static func cacheFile(flag: String? = nil) -> String {
        if let flag { return flag }
        if let explicit = StoreLocation.processVariable("FOLIO_LIBRARY"), !explicit.isEmpty { return explicit }
        if let cache = StoreLocation.processVariable("XDG_CACHE_HOME"), cache.hasPrefix("/") { return cache + "/folio/library.sqlite" }
        return home() + "/.cache/folio/library.sqlite"
    }

    /// `$HOME`, else the account's home folder.
    static func home() -> String {
        if let home = StoreLocation.processVariable("HOME"), !home.isEmpty { return home }
        return StoreLocation.accountHome()
    }
}
