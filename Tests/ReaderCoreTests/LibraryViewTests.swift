import ReaderCore
import Testing

/// The library view: its keymap dispatches every row and refuses every other key; marks, search and open.
@Suite struct LibraryViewTests {
    static let feeds: [(url: String, title: String)] = [("https://a.example/feed", "Alpha"), ("https://b.example/feed", "Beta")]

    static func state() -> LibraryState {
        var items: [LibraryItem] = []
        for index in 0..<6 {
            let feed = feeds[index % 2]
            let link = "https://x.example/\(index)"
            let time = Int64(1_780_000_000 + index * 86_400)
            items.append(LibraryItem(id: Int64(index), feedURL: feed.url, key: link, title: "Story \(index)", feedTitle: feed.title,
                                     time: time, read: index == 0, highlights: index == 3 ? 2 : 0))
        }
        return LibraryState(items: items, feeds: feeds, size: ScreenSize(width: 100, height: 20))
    }

    static func press(_ keys: [Key], _ state: inout LibraryState) -> [LibraryEffect] {
        keys.flatMap { updateLibrary(&state, .key($0)) }
    }

    @Test func everyRowIsHandledAndEveryOtherKeyRefused() {
        let keymap = Keymaps.standard[.library]
        for binding in keymap.bindings {
            for key in binding.keys {
                var state = Self.state()
                _ = updateLibrary(&state, .key(key))
                #expect(!(state.message ?? "").contains("not a key here"), "\(key.label)")
                #expect(!(state.message ?? "").contains("does nothing"), "\(key.label)")
            }
        }
        for key in ViewKeymapTests.allKeys where keymap.binding(for: key) == nil {
            var state = Self.state()
            let effects = updateLibrary(&state, .key(key))
            #expect(effects.isEmpty && state.message?.contains("not a key here") == true, "\(key.label)")
            #expect(state.itemIndex == 0 && state.entryIndex == 0 && state.prompt == nil)
        }
    }

    @Test func listsFilterByGroupAndFeed() {
        var state = Self.state()
        #expect(state.visible.count == 6)
        _ = Self.press([.tab, .char("j")], &state)
        #expect(state.entries[state.entryIndex] == .unread)
        #expect(state.visible.count == 5)
        _ = Self.press([.char("j")], &state)
        #expect(state.visible.map { state.items[$0].id } == [3])
        _ = Self.press([.char("G")], &state)
        #expect(state.entries[state.entryIndex].name == "Beta")
        #expect(state.unreadCount(state.entries[state.entryIndex]) == 3)
        #expect(Self.press([.enter, .enter], &state) == [.open(id: 1)])
    }

    @Test func marksAreEffectsAndShowAtOnce() {
        var state = Self.state()
        #expect(Self.press([.char("j"), .char("m")], &state) == [.mark(key: "https://x.example/1", read: true)])
        #expect(state.unreadCount(.all) == 4)
        _ = Self.press([.char("m")], &state)
        #expect(state.unreadCount(.all) == 5)
        #expect(Self.press([.char("A")], &state).isEmpty)
        #expect(state.message == "Choose a feed on the left to mark it all read")
        _ = Self.press([.tab, .char("G")], &state)
        #expect(Self.press([.char("A")], &state) == [.markFeedRead(feedURL: "https://b.example/feed")])
        #expect(state.unreadCount(.all) == 2)
    }

    @Test func searchTypesAQueryAndShowsTheResultsRanked() {
        var state = Self.state()
        let effects = Self.press([.char("/"), .char("s"), .char("x"), .backspace, .char("t"), .enter], &state)
        #expect(effects == [.search("st")])
        state.showSearch("st", ids: [4, 2])
        #expect(state.visible.map { state.items[$0].id } == [4, 2])
        #expect(GoldenScreen.text(of: renderLibrary(state)).contains("Search: st"))
        _ = Self.press([.escape], &state)
        #expect(state.entries[state.entryIndex] == .all)
        #expect(!state.entries.contains { $0.name.hasPrefix("Search:") })
        _ = Self.press([.escape], &state)
        #expect(state.message == "No search to clear")
        #expect(Self.press([.char("o")], &state) == [.openPage(id: 0)])
        #expect(Self.press([.char("q")], &state) == [.quit])
    }

    @Test func theScreenShowsCountsMarkersAndHighlights() {
        let text = GoldenScreen.text(of: renderLibrary(Self.state()))
        #expect(text.contains("Library · 5 unread of 6"))
        #expect(text.contains("● Story 1"))
        #expect(text.contains("✎2"))
        #expect(text.contains(" Beta "))
    }

    @Test func theHelpShowsTheLibraryKeysOnly() {
        var state = LibraryState(items: Self.state().items, feeds: Self.feeds, size: ScreenSize(width: 100, height: 40))
        _ = Self.press([.char("?")], &state)
        let text = GoldenScreen.text(of: renderLibrary(state))
        #expect(text.contains("Library (folio with no file)"))
        #expect(text.contains("mark every article of the feed read"))
        #expect(!text.contains("Selecting"))
        for binding in Keymaps.standard[.library].bindings {
            #expect(text.contains(binding.help), "library help lacks \(binding.help)")
        }
        _ = Self.press([.char("q")], &state)
        #expect(!state.helpOpen)
        #expect(Self.press([.char("q")], &state) == [.quit])
    }

    @Test func countsByFeedPlaceEqualCountsByURL() {
        let byURL = Self.state()
        var indexed = byURL.items
        for index in indexed.indices { indexed[index].feedIndex = Self.feeds.firstIndex { $0.url == indexed[index].feedURL } ?? -1 }
        var byPlace = LibraryState(items: indexed, feeds: Self.feeds, size: byURL.size)
        for entry in byURL.entries { #expect(byPlace.unreadCount(entry) == byURL.unreadCount(entry), "\(entry.name)") }
        _ = Self.press([.char("j"), .char("m")], &byPlace)
        #expect(byPlace.unreadCount(.feed(url: Self.feeds[1].url, title: "Beta")) == 2)
    }

    @Test func searchResultsKeepTheirUnreadCountThroughMarks() {
        var state = Self.state()
        state.showSearch("story", ids: [0, 1, 2])
        let search = state.entries[state.entryIndex]
        #expect(state.unreadCount(search) == 2)
        _ = Self.press([.char("j"), .char("m")], &state)
        #expect(state.unreadCount(search) == 1)
        state.replaceItems(state.items, feeds: Self.feeds)
        #expect(state.unreadCount(state.entries[state.entryIndex]) == 1)
    }
}
