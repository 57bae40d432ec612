import Foundation

/// Reads one line of the store into a record, or says why it is not one.
enum RecordDecoding {
    /// What a terminated line turned out to be.
    enum Outcome: Equatable {
        case record(StoreRecord)
        case foreign(kind: String, version: Int)
        case bad(String)
    }

    /// Decodes the bytes of one line (without its newline).
    static func decode(_ bytes: ArraySlice<UInt8>) -> Outcome {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: []) as? [String: Any] else {
                return .bad("not a JSON object")
            }
            object = parsed
        } catch {
            return .bad("not valid JSON")
        }
        guard let version = integer(object["v"]) else { return .bad("no format version \"v\"") }
        guard let kindName = object["kind"] as? String else { return .bad("no \"kind\"") }
        guard version == StoreRecord.formatVersion, let kind = RecordKind(rawValue: kindName) else {
            return .foreign(kind: kindName, version: version)
        }
        guard let id = object["id"] as? String, !id.isEmpty else { return .bad("no \"id\"") }
        var record = StoreRecord(id: id, kind: kind, created: object["created"] as? String ?? "")
        record.updated = object["updated"] as? String
        record.note = object["note"] as? String
        record.target = object["target"] as? String
        if kind.isEdit {
            guard record.target != nil else { return .bad("\(kindName) record without \"target\"") }
            return .record(record)
        }
        guard let article = object["article"] as? [String: Any],
              let fingerprint = article["fingerprint"] as? String,
              let path = article["path"] as? String
        else { return .bad("\(kindName) record without \"article\"") }
        record.article = ArticleIdentity(path: path, title: article["title"] as? String, fingerprint: fingerprint)
        guard let anchor = object["anchor"] as? [String: Any],
              let section = integer(anchor["section"]), let exact = anchor["exact"] as? String,
              let start = integer(anchor["start"]), let end = integer(anchor["end"])
        else { return .bad("\(kindName) record without a valid \"anchor\"") }
        record.anchor = QuoteAnchor(
            section: section, heading: anchor["heading"] as? String, exact: exact,
            prefix: anchor["prefix"] as? String ?? "", suffix: anchor["suffix"] as? String ?? "",
            start: start, end: end
        )
        return .record(record)
    }

    private static func integer(_ value: Any?) -> Int? {
        if let n = value as? Int { return n }
        if let d = value as? Double, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }
}
