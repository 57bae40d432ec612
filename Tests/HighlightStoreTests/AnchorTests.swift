import Testing
@testable import HighlightStore

@Suite struct AnchorTests {
    static let paragraphs = [
        "Storms closed the harbour for a week and the fishermen stayed home.",
        "The mayor said the quick repair of the sea wall was the first priority for the town.",
        "Repairs will cost more than the town has, so help from the region is needed.",
    ]
    static let quote = "quick repair of the sea wall"

    static func bodies(_ paragraphs: [String], lead: String = "Lead paragraph.") -> SectionBodies {
        SectionBodies(bodies: [lead, paragraphs.joined(separator: "\n")], headings: [nil, "What now?"])
    }

    static func anchor() -> QuoteAnchor {
        let original = bodies(paragraphs)
        return QuoteAnchor(original.occurrences(of: quote)[0], in: original)!
    }

    @Test func anAnchorRecordsQuoteContextAndScalarOffsets() {
        let anchor = Self.anchor()
        #expect(anchor.section == 1 && anchor.heading == "What now?")
        #expect(anchor.exact == Self.quote)
        #expect(anchor.prefix == "fishermen stayed home.\nThe mayor said the ".suffix(32).description)
        #expect(anchor.suffix.count == 32 && anchor.suffix.hasPrefix(" was the first"))
        #expect(anchor.end - anchor.start == Self.quote.unicodeScalars.count)
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = SectionBodies(bodies: ["Café 🙂 e\u{301} quote here"])
        let range = text.occurrences(of: "quote")[0]
        #expect(range.start == 10)
        #expect(text.text(of: range) == "quote")
    }

    @Test func unchangedTextResolvesByOffsets() {
        let resolved = AnchorResolver.resolve(Self.anchor(), in: Self.bodies(Self.paragraphs))
        #expect(resolved.method == .offsets)
        #expect(resolved.range == Self.anchor().recordedRange)
    }

    @Test func aParagraphInsertedBeforeTheHighlight() {
        var changed = Self.paragraphs
        changed.insert("A new paragraph was added by the editor after publication.", at: 0)
        let bodies = Self.bodies(changed)
        let resolved = AnchorResolver.resolve(Self.anchor(), in: bodies)
        #expect(resolved.method == .section)
        #expect(resolved.range.flatMap(bodies.text(of:)) == Self.quote)
    }

    @Test func aSectionInsertedBeforeTheHighlight() {
        let original = Self.bodies(Self.paragraphs)
        let bodies = SectionBodies(bodies: [original.bodies[0], "A new section.", original.bodies[1]])
        let resolved = AnchorResolver.resolve(Self.anchor(), in: bodies)
        #expect(resolved.method == .article)
        #expect(resolved.range?.section == 2)
        #expect(resolved.range.flatMap(bodies.text(of:)) == Self.quote)
    }

    @Test func aTypoFixedNearTheQuote() {
        var changed = Self.paragraphs
        changed[1] = "The mayor sayd  the quick repair of the sea wall was the first priority for the town."
        let bodies = Self.bodies(changed)
        let resolved = AnchorResolver.resolve(Self.anchor(), in: bodies)
        #expect(resolved.method == .section)
        #expect(resolved.range.flatMap(bodies.text(of:)) == Self.quote)
    }

    @Test func aTypoFixedInsideTheQuote() {
        let typo = SectionBodies(bodies: ["Lead.", "The mayor said the quikc repair of the see wall was the first priority."])
        let anchor = QuoteAnchor(typo.occurrences(of: "quikc repair of the see wall")[0], in: typo)!
        let fixed = SectionBodies(bodies: ["Lead.", "The mayor said the quick repair of the sea wall was the first priority."])
        let resolved = AnchorResolver.resolve(anchor, in: fixed)
        #expect(resolved.method == .fuzzy)
        #expect(resolved.range.flatMap(fixed.text(of:)) == "quick repair of the sea wall")
    }

    @Test func theBestOccurrenceIsChosenByItsContext() {
        let text = "the wall fell. Later the wall fell again, said the engineer. And the wall fell."
        let original = SectionBodies(bodies: [text])
        let second = original.occurrences(of: "the wall fell")[1]
        let anchor = QuoteAnchor(second, in: original)!
        let shifted = SectionBodies(bodies: ["Breaking: " + text])
        let resolved = AnchorResolver.resolve(anchor, in: shifted)
        #expect(resolved.method == .section)
        #expect(resolved.range?.start == second.start + 10)
    }

    @Test func aDeletedParagraphOrphansTheHighlightWhichIsStillListed() throws {
        var changed = Self.paragraphs
        changed.remove(at: 1)
        let bodies = Self.bodies(changed)
        #expect(AnchorResolver.resolve(Self.anchor(), in: bodies) == .orphaned)

        let folder = try TempFolder()
        defer { folder.remove() }
        var store = AnnotationStore(path: folder.file("h.jsonl"))
        let record = StoreRecord.highlight(Self.anchor(), in: Samples.article, note: "keep me")
        try store.append(record)
        let listed = store.highlights(in: Samples.article, bodies: bodies)
        #expect(listed.map(\.id) == [record.id])
        #expect(listed.first?.resolved.isOrphaned == true)
        #expect(listed.first?.annotation.note == "keep me")
        try store.compact()
        #expect(JournalParser.parse(bytes(of: store.path)).lines.map(\.record) == [record])
        #expect(try AnnotationStore.load(path: store.path).state == StoreState(records: [(record, 1)]))
    }

    @Test func shortQuotesAreNeverMatchedFuzzily() {
        let original = SectionBodies(bodies: ["a cat sat"])
        let anchor = QuoteAnchor(original.occurrences(of: "cat")[0], in: original)!
        #expect(AnchorResolver.resolve(anchor, in: SectionBodies(bodies: ["a dog sat"])) == .orphaned)
    }

    @Test func pointAnchorsForBookmarksAndPositions() {
        let bodies = Self.bodies(Self.paragraphs)
        let point = QuoteAnchor(point: 1, offset: 10, in: bodies)!
        #expect(point.end - point.start == QuoteAnchor.contextLength)
        #expect(QuoteAnchor(point: 5, offset: 0, in: bodies) == nil)
        let end = QuoteAnchor(point: 0, offset: bodies.bodies[0].unicodeScalars.count, in: bodies)!
        #expect(end.exact.isEmpty)
        #expect(AnchorResolver.resolve(end, in: bodies).method == .offsets)
    }

    @Test func approximateMatchCountsEdits() {
        let text = Array("xx kitten yy".unicodeScalars)
        let found = ApproximateMatch.candidates(of: Array("sitting".unicodeScalars), in: text, maxErrors: 3)
        #expect(found.map(\.distance).min() == 3)
        #expect(ApproximateMatch.candidates(of: Array("sitting".unicodeScalars), in: text, maxErrors: 2).isEmpty)
    }
}
