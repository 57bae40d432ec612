#if canImport(Glibc)
import Glibc
#endif
import Fetching

/// The feeds file: one subscription a line, with comments and order kept.
///
/// A person may edit it by hand. Folio reads every line; a line it changes
/// is written anew, every other line (comments, blank lines, lines it cannot
/// use, subscriptions it did not touch) comes back byte for byte.
public struct FeedsFile: Sendable, Equatable {
    /// One line of the file.
    public enum Line: Sendable, Equatable {
        /// A comment, a blank line or a line Folio cannot use, kept as written.
        case kept(String)
        /// A subscription, with the text it was read from (`nil` once changed or new).
        case feed(Subscription, original: String?)
    }

    /// The lines in order.
    public var lines: [Line]
    /// Lines that are kept but not used, with why.
    public private(set) var problems: [FeedsFileProblem]

    /// An empty file.
    public init() {
        lines = []
        problems = []
    }

    /// Reads the text of a feeds file.
    public init(text: String) {
        self.init()
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            lines.append(parse(raw, number: number))
        }
        // The split leaves one empty line after a final newline; it is not a line.
        if case .kept("") = lines.last, text.hasSuffix("\n") || text.isEmpty { lines.removeLast() }
    }

    /// One line, read; a problem is noted and the line kept as text.
    private mutating func parse(_ raw: Substring, number: Int) -> Line {
        let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .kept(String(raw)) }
        switch FeedsLineSyntax.words(trimmed) {
        case .failure(let reason):
            problems.append(FeedsFileProblem(line: number, reason: reason))
            return .kept(String(raw))
        case .success(let words):
            guard let first = words.first, !first.quoted, SubscriptionURL.isHTTP(first.text) else {
                problems.append(FeedsFileProblem(line: number, reason: .notAnHTTPURL(words.first?.text ?? "")))
                return .kept(String(raw))
            }
            var subscription = Subscription(url: first.text)
            var sawTitle = false
            for word in words.dropFirst() {
                if word.quoted && !sawTitle {
                    sawTitle = true
                    subscription.title = word.text.isEmpty ? nil : word.text
                } else if !word.text.isEmpty {
                    subscription.tags.append(word.text)
                }
            }
            return .feed(subscription, original: String(raw))
        }
    }

    /// The subscriptions in file order (a URL written twice counts once, first place).
    public var subscriptions: [Subscription] {
        var seen = Set<String>()
        var result: [Subscription] = []
        for case .feed(let subscription, _) in lines where seen.insert(subscription.url).inserted {
            result.append(subscription)
        }
        return result
    }

    /// The subscription for `url`, if any.
    public func subscription(for url: String) -> Subscription? {
        subscriptions.first { $0.url == url }
    }

    /// The file's text: kept lines as they were, changed ones written anew.
    public var text: String {
        var out = ""
        for line in lines {
            switch line {
            case .kept(let text): out += text
            case .feed(_, let original?): out += original
            case .feed(let subscription, nil): out += FeedsLineSyntax.line(for: subscription)
            }
            out += "\n"
        }
        return out
    }

    /// Adds `subscription` at the end; returns false (and changes nothing) when its URL is already there.
    @discardableResult
    public mutating func add(_ subscription: Subscription) -> Bool {
        guard self.subscription(for: subscription.url) == nil else { return false }
        lines.append(.feed(subscription, original: nil))
        return true
    }

    /// Removes every line for `url`; returns whether there was one.
    @discardableResult
    public mutating func remove(url: String) -> Bool {
        let before = lines.count
        lines.removeAll { if case .feed(let subscription, _) = $0 { return subscription.url == url } else { return false } }
        return lines.count != before
    }

    /// Moves the subscription at `old` to `new` (a permanent redirect), keeping its title and tags.
    @discardableResult
    public mutating func replaceURL(_ old: String, with new: String) -> Bool {
        guard subscription(for: new) == nil else { return remove(url: old) }
        var changed = false
        for index in lines.indices {
            if case .feed(var subscription, _) = lines[index], subscription.url == old {
                subscription.url = new
                lines[index] = .feed(subscription, original: nil)
                changed = true
            }
        }
        return changed
    }

    /// Reads the file at `path`; a file that does not exist is an empty one.
    public static func load(path: String) throws(FeedsFileError) -> FeedsFile {
        guard access(path, F_OK) == 0 else { return FeedsFile() }
        guard let bytes = AtomicFile.read(path, limit: 16 << 20) else {
            throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        return FeedsFile(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Writes the file to `path` atomically, making its folder if needed.
    public func save(path: String) throws(FeedsFileError) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        do {
            if !folder.isEmpty { try AtomicFile.makeFolders(folder) }
            try AtomicFile.write(Array(text.utf8), to: path, folder: folder.isEmpty ? "." : folder)
        } catch {
            throw .cannotWrite(path: path, reason: error.description)
        }
    }
}

/// Why the feeds file could not be read or written.
public enum FeedsFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but could not be read.
    case cannotRead(path: String, reason: String)
    /// The file could not be written.
    case cannotWrite(path: String, reason: String)

    /// One line.
    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .cannotWrite(_, let reason): return reason
        }
    }
}
