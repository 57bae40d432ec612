/// The fields of one store line that records use, as read and before they are checked.
///
/// A key given twice keeps its last value, as Foundation's JSONSerialization
/// did; a value of the wrong type reads as absent (`"note":5` is no note).
/// Unknown keys are checked as JSON and skipped.
struct RecordFields {
    /// The article object's fields.
    struct Article {
        var path: String?
        var title: String?
        var fingerprint: String?
    }

    /// The anchor object's fields.
    struct Anchor {
        var section: Int?
        var heading: String?
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }

    var version: Int?
    var kind: String?
    var id: String?
    var created: String?
    var updated: String?
    var note: String?
    var target: String?
    /// `nil` when absent or not an object.
    var article: Article?
    /// `nil` when absent or not an object.
    var anchor: Anchor?

    /// Reads the object at the cursor (the outermost one); `false` if it is not valid JSON.
    mutating func read(_ cursor: inout JSONCursor) -> Bool {
        cursor.object { cursor in
            let depth = 1
            if cursor.keyIs("v") { return cursor.integerField(depth: depth).map { version = $0 } != nil }
            if cursor.keyIs("id") { return cursor.stringField(depth: depth).map { id = $0 } != nil }
            if cursor.keyIs("kind") { return cursor.stringField(depth: depth).map { kind = $0 } != nil }
            if cursor.keyIs("created") { return cursor.stringField(depth: depth).map { created = $0 } != nil }
            if cursor.keyIs("updated") {
                // Usually the same as "created": share its string rather than make another.
                return cursor.stringField(depth: depth, sameAs: created).map { updated = $0 } != nil
            }
            if cursor.keyIs("note") { return cursor.stringField(depth: depth).map { note = $0 } != nil }
            if cursor.keyIs("target") { return cursor.stringField(depth: depth).map { target = $0 } != nil }
            if cursor.keyIs("article") { return Self.readArticle(&cursor).map { article = $0 } != nil }
            if cursor.keyIs("anchor") { return Self.readAnchor(&cursor).map { anchor = $0 } != nil }
            return cursor.skipValue(depth: depth)
        }
    }

    /// The article object at the cursor, `.some(nil)` for another value, `nil` if invalid.
    private static func readArticle(_ cursor: inout JSONCursor) -> Article?? {
        cursor.skipWhitespace()
        guard cursor.peek == UInt8(ascii: "{") else { return cursor.skipValue(depth: 1) ? .some(nil) : nil }
        var article = Article()
        let valid = cursor.object { cursor in
            let depth = 2
            if cursor.keyIs("path") { return cursor.stringField(depth: depth, shared: true).map { article.path = $0 } != nil }
            if cursor.keyIs("title") { return cursor.stringField(depth: depth, shared: true).map { article.title = $0 } != nil }
            if cursor.keyIs("fingerprint") {
                return cursor.stringField(depth: depth, shared: true).map { article.fingerprint = $0 } != nil
            }
            return cursor.skipValue(depth: depth)
        }
        return valid ? .some(article) : nil
    }

    /// The anchor object at the cursor, `.some(nil)` for another value, `nil` if invalid.
    private static func readAnchor(_ cursor: inout JSONCursor) -> Anchor?? {
        cursor.skipWhitespace()
        guard cursor.peek == UInt8(ascii: "{") else { return cursor.skipValue(depth: 1) ? .some(nil) : nil }
        var anchor = Anchor()
        let valid = cursor.object { cursor in
            let depth = 2
            if cursor.keyIs("section") { return cursor.integerField(depth: depth).map { anchor.section = $0 } != nil }
            if cursor.keyIs("heading") { return cursor.stringField(depth: depth, shared: true).map { anchor.heading = $0 } != nil }
            if cursor.keyIs("exact") { return cursor.stringField(depth: depth).map { anchor.exact = $0 } != nil }
            if cursor.keyIs("prefix") { return cursor.stringField(depth: depth, shared: true).map { anchor.prefix = $0 } != nil }
            if cursor.keyIs("suffix") { return cursor.stringField(depth: depth, shared: true).map { anchor.suffix = $0 } != nil }
            if cursor.keyIs("start") { return cursor.integerField(depth: depth).map { anchor.start = $0 } != nil }
            if cursor.keyIs("end") { return cursor.integerField(depth: depth).map { anchor.end = $0 } != nil }
            return cursor.skipValue(depth: depth)
        }
        return valid ? .some(anchor) : nil
    }
}
