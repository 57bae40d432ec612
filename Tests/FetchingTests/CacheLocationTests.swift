import Testing
@testable import Fetching

/// Where the page cache lives.
struct CacheLocationTests {
    @Test func explicitThenFolioCacheThenXDGThenHome() {
        let all = ["FOLIO_CACHE": "/f", "XDG_CACHE_HOME": "/x", "HOME": "/h"]
        #expect(CacheLocation.resolve(explicit: "/e", environment: all) == "/e")
        #expect(CacheLocation.resolve(environment: all) == "/f")
        #expect(CacheLocation.resolve(environment: ["XDG_CACHE_HOME": "/x/", "HOME": "/h"]) == "/x/folio/pages")
        #expect(CacheLocation.resolve(environment: ["HOME": "/h"]) == "/h/.cache/folio/pages")
    }

    @Test func emptyAndRelativeValuesAreIgnored() {
        let env = ["FOLIO_CACHE": "", "XDG_CACHE_HOME": "relative/cache", "HOME": "/h"]
        #expect(CacheLocation.resolve(explicit: "", environment: env) == "/h/.cache/folio/pages")
        #expect(CacheLocation.resolve(environment: ["HOME": ""]) == nil)
        #expect(PageCache(environment: [:]) == nil)
    }
}
