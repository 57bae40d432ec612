import Testing
@testable import Library

/// The feeds file: read, edited and written back with comments and order kept.
struct FeedsFileTests {
    static let text = """
    # my feeds
    https://a.example/feed.xml "Alpha \\"News\\"" tech news

    https://b.example/atom.xml
      # indented comment
    ftp://nope.example/x "Not http"
    https://c.example/rss "" "two words"
    https://d.example/rss "unclosed

    """

    @Test func linesAreReadIntoSubscriptions() {
        let file = FeedsFile(text: Self.text)
        #expect(file.subscriptions == [
            Subscription(url: "https://a.example/feed.xml", title: "Alpha \"News\"", tags: ["tech", "news"]),
            Subscription(url: "https://b.example/atom.xml"),
            Subscription(url: "https://c.example/rss", title: nil, tags: ["two words"]),
        ])
        #expect(file.problems.map(\.description) == [
            "line 6: not an http or https URL: ftp://nope.example/x",
            "line 8: a quote is not closed",
        ])
    }

    @Test func anUneditedFileIsWrittenBackByteForByte() {
        #expect(FeedsFile(text: Self.text).text == Self.text)
        #expect(FeedsFile(text: "https://x.example/f").text == "https://x.example/f\n")
        #expect(FeedsFile(text: "").text == "")
    }

    @Test func addingAndRemovingKeepsEveryOtherLine() {
        var file = FeedsFile(text: Self.text)
        let added = file.add(Subscription(url: "https://e.example/f", title: "E", tags: ["x y", "z"]))
        let again = file.add(Subscription(url: "https://b.example/atom.xml"))
        let removed = file.remove(url: "https://a.example/feed.xml")
        let absent = file.remove(url: "https://nothere.example/")
        #expect(added && !again && removed && !absent)
        var lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.remove(at: 1)
        let expected = lines.dropLast().map { $0 + "\n" }.joined() + "https://e.example/f \"E\" \"x y\" z\n"
        #expect(file.text == expected)
        #expect(FeedsFile(text: file.text).subscriptions.last == Subscription(url: "https://e.example/f", title: "E", tags: ["x y", "z"]))
    }

    @Test func aQuotedTagWithoutTitleSurvivesTheRoundTrip() {
        var file = FeedsFile()
        let subscription = Subscription(url: "https://f.example/", tags: ["a b", "c"])
        file.add(subscription)
        #expect(file.text == "https://f.example/ \"\" \"a b\" c\n")
        #expect(FeedsFile(text: file.text).subscriptions == [subscription])
    }

    @Test func aPermanentRedirectMovesTheLineInPlace() {
        var file = FeedsFile(text: "# top\nhttps://old.example/f \"T\" t\nhttps://z.example/\n")
        let moved = file.replaceURL("https://old.example/f", with: "https://new.example/f")
        #expect(moved)
        #expect(file.text == "# top\nhttps://new.example/f \"T\" t\nhttps://z.example/\n")
    }
}

