import Testing
@testable import HighlightStore

/// Finding a kind by its name without the standard library's string switch.
@Suite struct RecordKindTests {
    @Test func nameFindsWhatRawValueFinds() {
        var names = RecordKind.allCases.map(\.rawValue) + ["", "n", "not", "notes", "Note", "NOTE", "delete ", " delete", "deletes",
                                                           "bookmarx", "positio", "positions", "undelet", "highlighted", "sticker", "é"]
        // Every known name with each byte changed to a neighbour, cut, or with one more byte.
        for kind in RecordKind.allCases {
            let bytes = Array(kind.rawValue.utf8)
            for index in bytes.indices {
                var changed = bytes
                changed[index] &+= 1
                names.append(String(decoding: changed, as: UTF8.self))
            }
            names.append(String(kind.rawValue.dropLast()))
            names.append(kind.rawValue + "s")
        }
        for name in names { #expect(RecordKind(name: name) == RecordKind(rawValue: name), "\(name)") }
    }
}
