import Foundation

@testable import HighlightStore

/// The store line reader as it was before 2026-11-29, on Foundation's JSONSerialization:
/// the reference the differential tests hold ``RecordDecoding`` to.
///
/// It writes a raw U+FEFF as `\ufeff` before parsing, because JSONSerialization
/// on Linux drops one at the start of a string value (see ``escapingBOMs(_:)``).
enum FoundationRecordDecoding {
    typealias Outcome = RecordDecoding.Outcome

    /// Decodes the bytes of one line (without its newline).
    static func decode(_ bytes: ArraySlice<UInt8>) -> Outcome {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(escapingBOMs(bytes)), options: []) as? [String: Any] else {
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

    /// The line with every raw U+FEFF after its first byte written as `\ufeff`.
    ///
    /// Foundation's JSONSerialization on Linux drops a raw U+FEFF at the start
    /// of a string value; escaped, it is kept. Raw UTF-8 of U+FEFF can only be
    /// inside a string in valid JSON, where both forms mean the same.
    static func escapingBOMs(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let start = bytes.startIndex
        guard bytes.count > 3, containsBOM(bytes.dropFirst()) else { return bytes }
        var out: [UInt8] = [bytes[start]]
        var backslashes = bytes[start] == UInt8(ascii: "\\") ? 1 : 0
        var index = start + 1
        while index < bytes.endIndex {
            // After an odd run of backslashes the raw bytes are an (invalid) escape: left alone.
            if bytes[index] == 0xEF, index + 2 < bytes.endIndex, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF,
               backslashes % 2 == 0 {
                out += Array("\\ufeff".utf8)
                index += 3
                backslashes = 0
            } else {
                backslashes = bytes[index] == UInt8(ascii: "\\") ? backslashes + 1 : 0
                out.append(bytes[index])
                index += 1
            }
        }
        return out[...]
    }

    /// Whether the UTF-8 of U+FEFF occurs in `bytes` (a memchr scan: this runs on every line read).
    static func containsBOM(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard var cursor = buffer.baseAddress else { return false }
            let end = cursor + buffer.count
            while cursor < end, let found = memchr(cursor, 0xEF, end - cursor) {
                let byte = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if end - byte >= 3, byte[1] == 0xBB, byte[2] == 0xBF { return true }
                cursor = byte + 1
            }
            return false
        }
    }

    private static func integer(_ value: Any?) -> Int? {
        if let n = value as? Int { return n }
        if let d = value as? Double, d.rounded() == d, abs(d) < 1e15 { return Int(d) }
        return nil
    }
}
