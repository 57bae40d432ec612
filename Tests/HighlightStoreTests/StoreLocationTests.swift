import Testing
import HighlightStore

@Suite struct StoreLocationTests {
    @Test func flagWinsOverEverything() {
        let path = StoreLocation.resolve(
            flag: "/flag/h.jsonl",
            environment: ["FOLIO_STORE": "/env/h.jsonl", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
        )
        #expect(path == "/flag/h.jsonl")
    }

    @Test func environmentVariableWinsOverXDG() {
        let path = StoreLocation.resolve(flag: nil, environment: ["FOLIO_STORE": "/env/h.jsonl", "XDG_DATA_HOME": "/xdg"])
        #expect(path == "/env/h.jsonl")
    }

    @Test func xdgDataHome() {
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/home/u"])
            == "/xdg/folio/highlights.jsonl")
    }

    @Test func homeFallbackAndEmptyValuesCountAsUnset() {
        let path = StoreLocation.resolve(
            flag: "", environment: ["FOLIO_STORE": "", "XDG_DATA_HOME": "", "HOME": "/home/u"]
        )
        #expect(path == "/home/u/.local/share/folio/highlights.jsonl")
    }

    @Test func relativeXDGDataHomeIsIgnored() {
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "data", "HOME": "/h"])
            == "/h/.local/share/folio/highlights.jsonl")
    }

    @Test func noHomeUsesGivenHomeDirectory() {
        #expect(StoreLocation.resolve(flag: nil, environment: [:], home: "/root")
            == "/root/.local/share/folio/highlights.jsonl")
    }
}
