import HighlightStore
import ReaderCore
import Testing

/// Every view's keymap against its dispatch: each row is handled, each other key is refused.
@Suite struct ViewKeymapTests {
    /// Every key a terminal can send that the reader decodes.
    static let allKeys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                           .tab, .backTab, .enter, .escape, .backspace]
        keys += (1...12).map { .function($0) }
        keys += (0x20...0x7E).map { .char(Character(Unicode.Scalar($0)!)) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        keys += [.char("é"), .char("中")]
        return keys
    }()

    /// A state with `kind` on top of the stack, where the view's operations can run.
    static func state(in kind: ViewKind) throws -> ReaderState {
        if kind == .links || kind == .linkNumber {
            // The bundled article has no links: a web-style one with two, where copying is allowed.
            var state = ReaderState(document: ReaderDocument(document: RichTextTests.document, title: "Prices"),
                                    size: ScreenSize(width: 100, height: 30), options: ReaderOptions(canGoBack: true, copyLinks: true))
            _ = send(typed(kind == .links ? "L" : "o"), to: &state)
            #expect(state.viewKind == kind)
            return state
        }
        var state = try TestArticles.state(width: 100, height: 30)
        _ = send(typed("4"), to: &state)
        try HighlightKeysTests.withAnnotations(&state, [
            HighlightKeysTests.highlight("Putin needs China to support the Russian economy", note: "why"),
            HighlightKeysTests.highlight("lifeline"),
        ])
        switch kind {
        case .reading: break
        case .selecting: _ = send(typed("v"), to: &state)
        case .list: _ = send(typed("H"), to: &state)
        case .note: _ = send(typed("a"), to: &state)
        case .links, .linkNumber: break
        case .headings: _ = send(typed("t"), to: &state)
        case .search:
            SearchTests.search("china", in: &state)
            _ = send(typed("/"), to: &state)
        case .help: _ = send(typed("?"), to: &state)
        case .library: break
        }
        #expect(state.viewKind == kind)
        return state
    }

    /// What a key may change, without the message.
    static func visible(_ state: ReaderState) -> String {
        "\(state.views) \(state.paneIndex) \(state.top) \(state.cursor)"
    }

    /// The reader's views; the library has its own state and tests (LibraryViewTests).
    static let readerViews = ViewKind.allCases.filter { $0 != .library }

    @Test(arguments: readerViews)
    func everyRowOfTheTableIsHandled(kind: ViewKind) throws {
        let keymap = Keymaps.standard[kind]
        #expect(!keymap.bindings.isEmpty)
        for binding in keymap.bindings {
            let keys = binding.anyCharacter ? [Key.char("x"), .char("中")] : binding.keys
            #expect(!keys.isEmpty, "\(binding.operation.rawValue) has no key")
            for key in keys {
                var state = try Self.state(in: kind)
                _ = update(&state, .key(key))
                let message = state.message ?? ""
                #expect(!message.contains("not a key here"), "\(kind) \(key.label): \(message)")
                #expect(!message.contains("does nothing"), "\(kind) \(key.label): \(message)")
            }
        }
    }

    @Test(arguments: readerViews)
    func everyOtherKeyIsRefusedAndChangesNothing(kind: ViewKind) throws {
        let keymap = Keymaps.standard[kind]
        for key in Self.allKeys where keymap.binding(for: key) == nil {
            var state = try Self.state(in: kind)
            let before = Self.visible(state)
            let effects = update(&state, .key(key))
            #expect(effects.isEmpty, "\(kind) \(key.label)")
            #expect(Self.visible(state) == before, "\(kind) \(key.label) changed the state")
            #expect(state.message?.contains("not a key here") == true, "\(kind) \(key.label): \(state.message ?? "no message")")
        }
    }

    @Test(arguments: ViewKind.allCases)
    func noKeyIsBoundTwiceInOneView(kind: ViewKind) {
        let keys = Keymaps.standard[kind].bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "\(kind) binds a key twice")
    }

    @Test func everyOperationIsOfferedBySomeView() {
        let offered = Set(Keymaps.standard.views.flatMap { $0.bindings.map(\.operation) })
        for operation in Operation.allCases {
            #expect(offered.contains(operation), "\(operation.rawValue) is in no keymap")
        }
    }

    @Test func aDisabledOperationSaysWhyAndLeavesTheHints() throws {
        var state = try Self.state(in: .list)
        #expect(!state.hints.contains("u undo"))
        _ = send(typed("u"), to: &state)
        #expect(state.message == "Nothing to undo")
        _ = send(typed("d"), to: &state)
        #expect(state.hints.contains("u undo"))
        #expect(state.message == "Deleted the highlight; u brings it back")
    }

    @Test func aRemappedKeyDispatchesAndShowsInHintsAndMessages() throws {
        var keymaps = Keymaps.standard
        keymaps[.list].bindings[keymaps[.list].bindings.firstIndex { $0.operation == .undoDelete }!].keys = [.char("z")]
        var state = ReaderState(document: try TestArticles.state(width: 100, height: 30).document,
                                size: ScreenSize(width: 100, height: 30), keymaps: keymaps)
        try HighlightKeysTests.withAnnotations(&state, [HighlightKeysTests.highlight("lifeline")])
        _ = send(typed("Hd"), to: &state)
        #expect(state.message == "Deleted the highlight; z brings it back")
        #expect(send(typed("z"), to: &state) == [.undelete(id: state.highlights[0].id)])
        #expect(state.message == "Restored the highlight")
    }
}
